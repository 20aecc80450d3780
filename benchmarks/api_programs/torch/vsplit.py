# api: torch.vsplit
import torch
m = torch.arange(16.0).reshape(4, 4)
halves = torch.vsplit(m, 2)
at_rows = torch.vsplit(m, [1, 3])
cube_parts = torch.vsplit(torch.arange(12).reshape(2, 3, 2), 2)
