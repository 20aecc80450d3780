# api: torch.histogram
import torch
x = torch.tensor([1.0, 2.0, 1.0, 2.5, 4.0])
hist, edges = torch.histogram(x, bins=4, range=(0.0, 4.0))
