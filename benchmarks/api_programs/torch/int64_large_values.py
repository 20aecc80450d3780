# api: torch.tensor
import torch
x = torch.tensor([2 ** 33, 5])
a = x * 2
b = x // 3
c = x.dtype
