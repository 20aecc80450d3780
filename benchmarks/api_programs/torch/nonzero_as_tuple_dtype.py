# api: torch.nonzero
import torch
x = torch.tensor([[0, 1], [1, 0]])
rows, cols = torch.nonzero(x, as_tuple=True)
dt = rows.dtype
w = torch.where(x > 0)
w_dtype = w[0].dtype
