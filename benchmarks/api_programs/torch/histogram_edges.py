# api: torch.histogram
import torch
x = torch.tensor([1.0, 2.0, 1.0, 3.0, 2.5])
hist, edges = torch.histogram(x, bins=4)
h2 = torch.histogram(x, bins=torch.tensor([0.0, 1.5, 4.0]))
h2_hist = h2.hist
h2_edges = h2.bin_edges
hw = torch.histogram(x, 2, range=(0.0, 4.0), weight=torch.tensor([1.0, 1.0, 1.0, 2.0, 0.5]))[0]
