# api: torch.Tensor.masked_scatter
import torch
x = torch.zeros(2, 3)
mask = torch.tensor([[True, False, True], [False, True, False]])
source = torch.arange(1.0, 7.0).reshape(2, 3)
y = x.masked_scatter(mask, source)
