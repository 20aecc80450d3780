# api: torch.Tensor.new_ones
import torch
x = torch.zeros(2, 3, dtype=torch.float64)
o = x.new_ones(x.size())
o2 = x.new_ones(x.shape[0])
