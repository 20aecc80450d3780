# api: torch.Tensor.sum_to_size
import torch
x = torch.arange(12.0).reshape(3, 4)
row_sums = x.sum_to_size(3, 1)
col_sums = x.sum_to_size((1, 4))
flat_cols = x.sum_to_size(4)
