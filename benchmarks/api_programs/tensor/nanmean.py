# api: torch.Tensor.nanmean
import torch
x = torch.tensor([[1.0, float('nan'), 3.0], [4.0, 5.0, float('nan')]])
all_mean = x.nanmean()
row_mean = x.nanmean(dim=1)
