# api: torch.Tensor.half
import torch
x = torch.tensor([1.0, 2.5, -3.25, 1000.0])
x16 = x.half()
from_int = torch.tensor([1, 2, 3]).half()
