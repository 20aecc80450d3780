# api: torch.frexp
import torch
x = torch.tensor([1.0, 8.0, 0.3, -5.0, 0.0])
mantissa, exponent = torch.frexp(x)
res = torch.frexp(torch.arange(9.))
m2 = res.mantissa
e2 = res.exponent
