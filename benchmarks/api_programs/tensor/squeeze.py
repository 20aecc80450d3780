# api: torch.Tensor.squeeze
import torch
x = torch.zeros(1, 3, 1, 2)
all_dims = x.squeeze()
first = x.squeeze(0)
third = x.squeeze(dim=2)
unchanged = x.squeeze(1)
several = x.squeeze((0, 2))
