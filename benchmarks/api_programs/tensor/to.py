# api: torch.Tensor.to
import torch
x = torch.tensor([1.5, 2.5])
as_int = x.to(torch.int64)
as_double = x.to(dtype=torch.float64)
same = x.to('cpu')
like = x.to(torch.zeros(1, dtype=torch.int32))
