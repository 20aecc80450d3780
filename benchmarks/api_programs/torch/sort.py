# api: torch.sort
import torch
x = torch.tensor([3.0, 1.0, 2.0, 1.0])
values, indices = torch.sort(x, stable=True)
desc = torch.sort(x, descending=True).values
