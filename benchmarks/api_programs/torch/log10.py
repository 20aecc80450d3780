# api: torch.log10
import torch
x = torch.tensor([1.0, 10.0, 0.5, 1000.0])
digits = torch.log10(x)
from_ints = torch.log10(torch.tensor([1, 100, 10000]))
