# api: torch.isposinf
import torch
x = torch.tensor([-float("inf"), float("inf"), 1.0e30, float("nan")])
pos_inf = torch.isposinf(x)
ints = torch.isposinf(torch.tensor([-5, 0, 5]))
