# api: torch.tensor_split
import torch
x = torch.arange(7)
three_parts = torch.tensor_split(x, 3)
at_indices = torch.tensor_split(x, (1, 4))
m = torch.arange(12).reshape(3, 4)
cols = torch.tensor_split(m, 2, dim=1)
by_list = torch.tensor_split(m, [1], dim=0)
