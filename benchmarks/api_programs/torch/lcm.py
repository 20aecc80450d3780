# api: torch.lcm
import torch
a = torch.tensor([4, 6, 10, 0])
b = torch.tensor([6, 8, 15, 3])
multiple = torch.lcm(a, b)
with_scalar_tensor = torch.lcm(a, torch.tensor(3))
