# api: torch.Tensor.dtype
import torch
sizes = {torch.float32: 4, torch.float16: 2, torch.int64: 8}
x = torch.ones(3, dtype=torch.float16)
n = sizes[x.dtype]
m = sizes.get(torch.arange(2).dtype, 0)
