# api: torch.Tensor.dtype
import torch
_sizes = {torch.float32: 4, torch.float16: 2, torch.int64: 8}
x = torch.ones(3, dtype=torch.float16)
n = _sizes[x.dtype]
m = _sizes.get(torch.arange(2).dtype, 0)
