# api: torch.Tensor.copy_
import torch
x = torch.zeros(3, 4)
x[1:].copy_(torch.tensor([1., 2., 3., 4.]))
