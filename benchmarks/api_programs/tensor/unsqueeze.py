# api: torch.Tensor.unsqueeze
import torch
x = torch.tensor([1, 2, 3])
row = x.unsqueeze(0)
col = x.unsqueeze(1)
last = x.unsqueeze(dim=-1)
from_scalar = torch.tensor(5.0).unsqueeze(0)
