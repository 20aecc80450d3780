# api: torch.Tensor.index_fill
import torch
x = torch.arange(12, dtype=torch.float32).reshape(3, 4)
cols_filled = x.index_fill(1, torch.tensor([0, 2]), -1.0)
rows_filled = x.index_fill(0, torch.tensor([1]), 0)
