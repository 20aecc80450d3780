# api: torch.Tensor.cumsum
import torch
x = torch.tensor([1, 2, 3, 4])
running = x.cumsum(0)
m = torch.tensor([[0.5, 1.0, 1.5], [2.0, 2.5, 3.0]])
along_rows = m.cumsum(dim=1)
as_double = x.cumsum(dim=0, dtype=torch.float64)
