# api: torch.Tensor.diagflat
import torch
v = torch.tensor([1.0, 2.0, 3.0])
d = v.diagflat()
upper = v.diagflat(1)
m = torch.tensor([[1, 2], [3, 4]])
from_matrix = m.diagflat(offset=-1)
