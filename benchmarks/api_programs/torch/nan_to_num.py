# api: torch.nan_to_num
import torch
x = torch.tensor([float('nan'), float('inf'), -float('inf'), 2.0])
y = torch.nan_to_num(x)
z = torch.nan_to_num(x, nan=1.0, posinf=9.0, neginf=-9.0)
