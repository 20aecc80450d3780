# api: torch.Tensor.nansum
import torch
x = torch.tensor([1., float('nan'), 3.])
s = x.nansum()
m = x.nanmean()
