# api: torch.Tensor.gcd
import torch
a = torch.tensor([12, 18, -15, 0])
b = torch.tensor([8, 27, 10, 5])
g = a.gcd(b)
