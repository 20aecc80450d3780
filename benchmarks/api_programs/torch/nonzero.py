# api: torch.nonzero
import torch
x = torch.tensor([[0, 1, 0], [2, 0, 3]])
coords = torch.nonzero(x)
rows, cols = torch.nonzero(x, as_tuple=True)
flat = torch.nonzero(torch.tensor([0.0, 1.5, 0.0, -2.0]))
