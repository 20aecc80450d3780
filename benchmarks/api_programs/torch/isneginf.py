# api: torch.isneginf
import torch
x = torch.tensor([-float("inf"), float("inf"), -1.0, float("nan")])
neg_inf = torch.isneginf(x)
ints = torch.isneginf(torch.tensor([-5, 0, 5]))
