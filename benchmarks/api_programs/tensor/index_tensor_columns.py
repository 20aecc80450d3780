# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
i = torch.tensor([0, 2])
a = x[:, i]
b = x[i, :][:, i]
