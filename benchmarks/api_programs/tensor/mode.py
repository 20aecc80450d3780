# api: torch.Tensor.mode
import torch
x = torch.tensor([[1, 2, 2, 3], [5, 4, 4, 4]])
row_mode = x.mode(dim=1).values
col_mode, _ = x.mode(0)
