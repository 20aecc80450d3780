# api: torch.no_grad
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = w * 2
flag = y.requires_grad
