# api: torch.ldexp_
import torch
mantissa = torch.tensor([1.0, 0.5, -3.0, 2.0])
exponent = torch.tensor([1, 3, 2, -1])
torch.ldexp_(mantissa, exponent)
