# api: torch.tensor
import torch
x = torch.tensor([1, 2 ** 40, -2 ** 35])
a = x.sum()
b = x.max()
c = x.tolist()
