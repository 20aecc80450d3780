# api: torch.Tensor.nanquantile
import torch
x = torch.tensor([1.0, float('nan'), 3.0, 2.0, 4.0])
median = x.nanquantile(0.5)
quartiles = x.nanquantile(torch.tensor([0.25, 0.75]))
m = torch.tensor([[1.0, 2.0, float('nan')], [4.0, 5.0, 6.0]])
row_median = m.nanquantile(0.5, dim=1, keepdim=True)
