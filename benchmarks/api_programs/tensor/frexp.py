# api: torch.Tensor.frexp
import torch
x = torch.tensor([8.0, 0.5, -3.0, 0.0, 10.0])
mantissa, exponent = x.frexp()
