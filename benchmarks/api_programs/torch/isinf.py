# api: torch.isinf
import torch
x = torch.tensor([1.0, float("inf"), -float("inf"), float("nan"), 0.0])
inf_mask = torch.isinf(x)
any_inf = torch.isinf(x).any()
int_mask = torch.isinf(torch.tensor([1, 2, 3]))
