# api: torch.Tensor.type_as
import torch
x = torch.tensor([1.7, 2.2])
ref = torch.zeros(1, dtype=torch.int32)
as_int = x.type_as(ref)
as_double = torch.tensor([1, 2]).type_as(torch.tensor([0.5], dtype=torch.float64))
