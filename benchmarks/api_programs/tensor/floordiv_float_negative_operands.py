# api: torch.Tensor.__floordiv__
import torch
x = torch.tensor([-7.5, 7.5, -0.5, 2.0])
q1 = x // 2
q2 = x // -2
q3 = -7 // torch.tensor([2, -2, 3])
q4 = 7.5 // torch.tensor([-2.0, 2.0])
