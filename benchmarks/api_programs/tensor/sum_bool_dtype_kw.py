# api: torch.Tensor.sum
import torch
m = torch.tensor([[True, False, True], [True, True, False]])
count = m.sum(dim=1)
total = m.sum()
as_float = m.sum(0, dtype=torch.float32)
