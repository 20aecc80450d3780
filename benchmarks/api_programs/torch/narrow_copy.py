# api: torch.narrow_copy
import torch
x = torch.arange(12).reshape(3, 4)
rows = torch.narrow_copy(x, 0, 1, 2)
cols = torch.narrow_copy(x, 1, 2, 2)
