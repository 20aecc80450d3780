# api: torch.bitwise_right_shift
import torch
a = torch.tensor([-16, -1, 16, 7])
r = a >> 2
l = a << 3
r2 = torch.bitwise_right_shift(a, 1)
l2 = torch.bitwise_left_shift(a, torch.tensor([1, 2, 3, 4]))
