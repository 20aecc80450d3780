# api: torch.Tensor.__ifloordiv__
import torch
a = torch.tensor([-7, 7, 9])
a //= 2
b = torch.tensor([-7, 7, 9])
b %= 4
c = torch.tensor([-7.5, 7.5])
c //= 2
