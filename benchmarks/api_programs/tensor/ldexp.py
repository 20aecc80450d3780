# api: torch.Tensor.ldexp
import torch
mantissa = torch.tensor([1.0, 0.5, 3.0])
exponent = torch.tensor([2, 3, -1])
y = mantissa.ldexp(exponent)
