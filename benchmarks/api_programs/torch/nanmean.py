# api: torch.nanmean
import torch
x = torch.tensor([1.0, float('nan'), 2.0])
m = torch.nanmean(x)
