# api: torch.Tensor.count_nonzero
import torch
x = torch.tensor([[0, 1, 2], [0, 0, 3]])
total = x.count_nonzero()
per_col = x.count_nonzero(dim=0)
