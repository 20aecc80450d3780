# api: torch.gcd
import torch
a = torch.tensor([12, 18, -8])
b = torch.tensor([8, 27, 12])
g = torch.gcd(a, b)
l = torch.lcm(a, b)
ls = torch.bitwise_left_shift(torch.tensor([1, 2]), torch.tensor([3, 1]))
rs = torch.bitwise_right_shift(torch.tensor([16, -16]), 2)
bn = torch.bitwise_not(torch.tensor([0, 5]))
bo = torch.bitwise_or(torch.tensor([1, 4]), 2)
