# api: torch.nn.functional.linear
import torch
import torch.nn.functional as F
y = F.linear(torch.tensor([[1.0, 2.0]]), torch.tensor([[1.0, 1.0], [0.0, -1.0], [2.0, 0.0]]))
