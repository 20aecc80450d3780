# api: torch.histc
import torch
x = torch.tensor([1.0, 2.0, 1.0, 0.5, 2.9, 4.0])
hist = torch.histc(x, bins=4, min=0, max=3)
auto = torch.histc(x, bins=3)
default_bins = torch.histc(x).sum()
