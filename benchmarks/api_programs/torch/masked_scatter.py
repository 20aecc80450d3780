# api: torch.masked_scatter
import torch
x = torch.zeros(2, 3)
mask = torch.tensor([[True, False, True], [False, True, False]])
source = torch.arange(1.0, 7.0).reshape(2, 3)
scattered = torch.masked_scatter(x, mask, source)
broadcast = torch.masked_scatter(x, torch.tensor([True, False, True]), source)
