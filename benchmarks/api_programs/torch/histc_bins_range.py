# api: torch.histc
import torch
x = torch.tensor([1.0, 2.0, 1.0, 2.5, 4.0, 0.0])
h = torch.histc(x, bins=4, min=0, max=4)
h2 = torch.histc(x, 3)
h3 = torch.histc(x, bins=2, min=1, max=2)
