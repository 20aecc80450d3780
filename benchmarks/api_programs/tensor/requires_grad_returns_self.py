# api: torch.Tensor.requires_grad_
import torch
x = torch.zeros(2)
y = x.requires_grad_()
same = y is x
