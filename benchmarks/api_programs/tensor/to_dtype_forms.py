# api: torch.Tensor.to
import torch
x = torch.tensor([1.5, 2.5, -3.5])
a = x.to(torch.int64)
b = x.to(dtype=torch.float16)
c = x.to('cpu', torch.float64)
d = x.to(torch.tensor([1], dtype=torch.int32))
e = x.to(device='cpu')
