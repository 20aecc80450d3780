# api: torch.bitwise_and
import torch
a = torch.tensor([12, 10, 7], dtype=torch.int32)
b = torch.tensor([10, 6, 1], dtype=torch.int32)
out = torch.bitwise_and(a, b)
bools = torch.bitwise_and(torch.tensor([True, False]), torch.tensor([True, True]))
