# api: torch.finfo
import torch
a = torch.finfo(torch.float32).eps
b = torch.iinfo(torch.int64).max
c = torch.finfo(torch.float16).max
d = torch.tensor([1.0]).dtype == torch.float32
e = torch.get_default_dtype()
f = torch.promote_types(torch.int32, torch.float32)
g = torch.result_type(torch.tensor([1]), 1.0)
h = torch.can_cast(torch.float32, torch.int32)
i = torch.is_floating_point(torch.tensor([1]))
j = torch.tensor([1], dtype=torch.int32).dtype.is_floating_point
k = torch.float32.itemsize
l = torch.is_tensor([1])
m = torch.tensor([1.0]).is_cuda
