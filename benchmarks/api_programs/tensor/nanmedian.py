# api: torch.Tensor.nanmedian
import torch
x = torch.tensor([[1.0, float('nan'), 3.0, 2.0], [float('nan'), float('nan'), 5.0, 4.0]])
overall = x.nanmedian()
values, indices = x.nanmedian(dim=1)
