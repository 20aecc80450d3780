# api: torch.nn.functional.celu_
import torch
import torch.nn.functional as F
x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
F.celu_(x, alpha=2.0)
