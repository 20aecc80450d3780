# api: torch.Tensor.histogram
import torch
x = torch.tensor([0.1, 0.4, 0.4, 0.9, 1.0, 0.55])
hist, edges = x.histogram(4)
hist_range, edges_range = x.histogram(bins=2, range=(0.0, 2.0))
