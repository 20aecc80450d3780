# api: torch.Tensor.nan_to_num_
import torch
x = torch.tensor([float('nan'), float('inf'), -float('inf'), 1.0])
x.nan_to_num_(nan=0.0, posinf=100.0)
