# api: torch.detach_
import torch
w = torch.tensor([0.5, -1.0], requires_grad=True)
y = w ** 2
torch.detach_(y)
still_requires_grad = y.requires_grad
