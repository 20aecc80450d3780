# api: torch.tril
import torch
x = torch.arange(1, 17).reshape(4, 4)
a = torch.tril(x, -1)
b = x.triu(diagonal=-2)
