# api: torch.Tensor.index_select
import torch
x = torch.arange(6).reshape(2, 3)
e = x.index_select(1, torch.tensor([], dtype=torch.long))
shape = e.shape
