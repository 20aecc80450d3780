# api: torch.autograd.set_grad_enabled
import torch
x = torch.tensor([1.0], requires_grad=True)
with torch.set_grad_enabled(False):
    y = x * 2
flag = y.requires_grad
