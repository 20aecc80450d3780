# api: torch.Tensor.new_zeros
import torch
x = torch.tensor([1, 2], dtype=torch.int16)
a = x.new_zeros(3)
b = x.new_ones((2,), dtype=torch.float32)
c = x.new_full((2,), 2.7)
d = x.new_tensor([1.5, 2.5])
dtypes = [a.dtype, b.dtype, c.dtype, d.dtype]
