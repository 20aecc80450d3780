# api: torch.Tensor.detach
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x.detach()
rg = y.requires_grad
