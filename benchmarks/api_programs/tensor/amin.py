# api: torch.Tensor.amin
import torch
x = torch.tensor([[4, -2, 8], [3, 6, -5]])
lowest = x.amin()
per_col = x.amin(dim=0)
per_row = x.amin(1, keepdim=True)
