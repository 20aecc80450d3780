# api: torch.Tensor.char
import torch
x = torch.tensor([1, -2, 100, 0])
as_i8 = x.char()
from_float = torch.tensor([3.7, -3.7]).char()
