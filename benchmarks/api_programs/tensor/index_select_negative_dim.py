# api: torch.Tensor.index_select
import torch
x = torch.arange(12).reshape(3, 4)
a = x.index_select(-1, torch.tensor([3, 0]))
b = x.index_select(0, torch.tensor([2, 2, 0]))
