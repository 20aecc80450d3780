# api: torch.nn.functional.threshold_
import torch
import torch.nn.functional as F
x = torch.tensor([[0.2, 0.8], [1.2, -0.4]])
F.threshold_(x, 0.5, 10.0)
