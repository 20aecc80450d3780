# api: torch.Tensor.dtype
import torch
x = torch.ones(2, dtype=torch.bfloat16)
half = x.dtype in {torch.float16, torch.bfloat16}
y = torch.arange(3)
is_int = y.dtype in {torch.int32, torch.int64}
