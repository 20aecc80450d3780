# api: torch.Tensor.bitwise_and
import torch
a = torch.tensor([5, 6, 7])
b = a.bitwise_and(3)
c = a & 1
d = a.bitwise_or(8)
e = a.bitwise_xor(torch.tensor([1, 1, 1]))
