# api: torch.Tensor.triu
import torch
m = torch.ones(4, 4, dtype=torch.bool).triu(diagonal=1)
s = torch.zeros(4, 4).masked_fill(m, -1e9)
