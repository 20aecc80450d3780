# api: torch.index_fill
import torch
x = torch.arange(9.).reshape(3, 3)
index = torch.tensor([0, 2])
cols_filled = torch.index_fill(x, 1, index, -1.0)
rows_filled = torch.index_fill(x, 0, torch.tensor([1]), 0)
