# api: torch.Tensor.bitwise_and
import torch
a = torch.tensor([12, 10, 7, -1])
b = torch.tensor([10, 6, 3, 5])
both = a.bitwise_and(b)
low_bits = a.bitwise_and(3)
flags = torch.tensor([True, False, True]).bitwise_and(torch.tensor([True, True, False]))
