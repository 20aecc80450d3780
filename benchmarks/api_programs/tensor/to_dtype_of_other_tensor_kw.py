# api: torch.Tensor.to
import torch
a = torch.tensor([1.5, -2.5])
ref = torch.tensor([1], dtype=torch.int32)
b = a.to(dtype=ref.dtype)
c = a.to(ref)
d = a.type_as(ref)
