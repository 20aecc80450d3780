# api: torch.Tensor.new_empty_strided
import torch
x = torch.ones(2, dtype=torch.int32)
e = x.new_empty_strided((3, 2), (1, 3))
f = x.new_empty_strided((4,), (1,), dtype=torch.float64)
results = {"shape": e.shape, "dtype": e.dtype, "f_shape": f.shape, "f_dtype": f.dtype}
