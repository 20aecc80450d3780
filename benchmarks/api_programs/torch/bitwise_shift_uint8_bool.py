# api: torch.bitwise_and
import torch
u = torch.tensor([200, 15], dtype=torch.uint8)
a = torch.bitwise_and(u, 12)
o = torch.bitwise_or(u, torch.tensor([1, 1], dtype=torch.uint8))
x = torch.bitwise_xor(torch.tensor([5, 6]), torch.tensor([3, 3]))
n = torch.bitwise_not(torch.tensor([True, False]))
sh = torch.bitwise_left_shift(u, 1)
a_dtype = a.dtype
sh_dtype = sh.dtype
