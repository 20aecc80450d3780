# api: torch.Tensor.isnan
import torch
x = torch.tensor([1.0, float('nan'), 3.0])
mask = x.isnan()
