# api: torch.Tensor.double
import torch
x = torch.tensor([1.5, 2.25, -3.0])
x64 = x.double()
from_int = torch.tensor([1, 2]).double()
