# api: torch.Tensor.index_select
import torch
x = torch.arange(12).view(3, 4)
rows = x.index_select(0, torch.tensor([2, 0]))
