# api: torch.Tensor.cumprod
import torch
x = torch.tensor([1.0, 2.0, 3.0, 0.5])
running = x.cumprod(dim=0)
m = torch.tensor([[1, 2, 3], [4, 5, 6]])
rows = m.cumprod(1)
as_float = m.cumprod(0, dtype=torch.float32)
