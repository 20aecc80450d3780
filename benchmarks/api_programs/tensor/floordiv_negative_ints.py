# api: torch.Tensor.__floordiv__
import torch
a = torch.tensor([-7, 7, -1, 0])
q = a // 2
r = a % 3
q2 = a // torch.tensor([3, -3, 2, 5])
