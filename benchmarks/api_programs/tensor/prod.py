# api: torch.Tensor.prod
import torch
x = torch.tensor([[1, 2, 3], [4, 5, 6]])
total = x.prod()
per_row = x.prod(1)
per_col = x.prod(dim=0, keepdim=True)
as_double = x.prod(dtype=torch.float64)
