# api: torch.Tensor.new_zeros
import torch
x = torch.tensor([1, 2], dtype=torch.int32)
z = x.new_zeros(2, 3)
o = x.new_ones((3,))
f = x.new_full((2,), 7)
zf = x.new_zeros(2, dtype=torch.float64)
