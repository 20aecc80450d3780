# api: torch.Tensor.is_nonzero
import torch
x = torch.tensor([1.5])
flag = x.is_nonzero()
