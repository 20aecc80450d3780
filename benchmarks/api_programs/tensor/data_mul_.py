# api: torch.Tensor.data
import torch
w = torch.ones(2, 2, requires_grad=True)
w.data.mul_(2)
r = w.detach().clone()
