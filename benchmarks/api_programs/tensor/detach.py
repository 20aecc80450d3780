# api: torch.Tensor.detach
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x * 2).detach()
needs = y.requires_grad
