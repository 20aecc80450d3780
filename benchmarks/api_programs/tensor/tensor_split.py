# api: torch.Tensor.tensor_split
import torch
x = torch.arange(10)
three_parts = x.tensor_split(3)
at_indices = x.tensor_split([2, 5])
m = torch.arange(12).reshape(3, 4)
column_halves = m.tensor_split(2, dim=1)
