# api: torch.histc
import torch
x = torch.tensor([0.0, 0.5, 1.0, 1.0, 3.0], dtype=torch.float64)
h = torch.histc(x, bins=3, min=0.0, max=3.0)
h_dtype = h.dtype
h_auto = torch.histc(torch.tensor([2.0, 2.0, 2.0]), bins=2)
h_out_of_range = torch.histc(torch.tensor([-1.0, 0.5, 5.0]), bins=2, min=0, max=1)
