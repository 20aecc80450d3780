# api: torch.logical_and
import torch
a = torch.tensor([0, 1, 2, 0])
b = torch.tensor([0.0, 0.0, 1.5, 3.0])
land = torch.logical_and(a, b)
lor = torch.logical_or(a, b)
lx = torch.logical_xor(a, b)
ln = torch.logical_not(a)
bw = torch.bitwise_and(torch.tensor([12, 10]), torch.tensor([10, 6]))
bx = torch.bitwise_xor(torch.tensor([True, False]), torch.tensor([True, True]))
