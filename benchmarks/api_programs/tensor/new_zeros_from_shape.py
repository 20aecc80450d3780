# api: torch.Tensor.new_zeros
import torch
x = torch.ones(2, 3, dtype=torch.float64)
a = x.new_zeros(x.shape)
b = x.new_ones(x.size())
c = x.new_full(x.shape[1:], 7)
d = x.new_zeros(4)
e = x.new_zeros((2, 2), dtype=torch.int32)
