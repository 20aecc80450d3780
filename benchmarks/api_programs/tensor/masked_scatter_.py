# api: torch.Tensor.masked_scatter_
import torch
x = torch.zeros(2, 3)
mask = torch.tensor([[True, False, True], [False, True, False]])
x.masked_scatter_(mask, torch.tensor([1.0, 2.0, 3.0, 4.0]))
