# api: torch.Tensor.long
import torch
x = torch.tensor([1.7, -2.3, 3.0])
as_long = x.long()
from_bool = torch.tensor([True, False]).long()
