# api: torch.nan_to_num_
import torch
x = torch.tensor([float("nan"), float("inf"), -float("inf"), 1.5])
torch.nan_to_num_(x)
y = torch.tensor([float("nan"), float("inf"), -float("inf"), -2.0])
torch.nan_to_num_(y, nan=0.0, posinf=1.0, neginf=-1.0)
