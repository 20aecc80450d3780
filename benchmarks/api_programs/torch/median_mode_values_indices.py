# api: torch.median
import torch
x = torch.tensor([[1.0, 3.0, 2.0, 4.0], [7.0, 5.0, 6.0, 5.0]])
med_all = torch.median(x)
med = torch.median(x, dim=1)
mv = med.values
mi = med.indices
mode_v, mode_i = torch.mode(torch.tensor([1, 2, 2, 3, 3, 3]))
nanmed = torch.nanmedian(torch.tensor([1.0, float('nan'), 3.0, 2.0]))
