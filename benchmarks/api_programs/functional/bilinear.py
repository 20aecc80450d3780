# api: torch.nn.functional.bilinear
import torch
import torch.nn.functional as F
w = torch.ones(2, 2, 3)
y = F.bilinear(torch.tensor([[1.0, 2.0]]), torch.tensor([[1.0, 0.0, 1.0]]), w)
