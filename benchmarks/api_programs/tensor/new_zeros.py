# api: torch.Tensor.new_zeros
import torch
x = torch.tensor([1.0, 2.0])
z = x.new_zeros(3, 2)
z_long = x.new_zeros((2,), dtype=torch.int64)
