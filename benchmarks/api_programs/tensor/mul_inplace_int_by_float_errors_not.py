# api: torch.Tensor.mul_
import torch
x = torch.tensor([1., 2.])
x.mul_(torch.tensor([2, 3]))
