# api: torch.detach_copy
import torch
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
h = w + 1
snapshot = torch.detach_copy(h)
