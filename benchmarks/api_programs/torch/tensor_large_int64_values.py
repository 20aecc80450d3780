# api: torch.tensor
import torch
a = torch.tensor([2**40, -2**35, 2**31])
b = a + 1
c = a * 2
d = torch.tensor(2**33) // 3
e = torch.arange(2**31, 2**31 + 3)
