# api: torch.signbit
import torch
x = torch.tensor([-0.0, 0.0, -1.5, 2.0, -float("inf")])
negative_bits = torch.signbit(x)
ints = torch.signbit(torch.tensor([-3, 0, 3]))
