# api: torch.Tensor.dtype
import torch
def to_float(t):
    if t.dtype in (torch.int32, torch.int64):
        return t.float()
    return t
a = to_float(torch.tensor([1, 2]))
b = to_float(torch.tensor([1.5]))
a_dtype, b_dtype = a.dtype, b.dtype
is_long = torch.tensor([1]).dtype == torch.long
h = torch.ones(2).half().dtype
