# api: torch.moveaxis
import torch
x = torch.zeros(2, 3, 4)
y = torch.moveaxis(x, 0, -1)
results = {"shape": y.shape}
