# api: torch.Tensor.nan_to_num
import torch
x = torch.tensor([float('nan'), float('inf'), -float('inf'), 1.])
a = x.nan_to_num()
b = x.nan_to_num(nan=0.0, posinf=100.0, neginf=-100.0)
