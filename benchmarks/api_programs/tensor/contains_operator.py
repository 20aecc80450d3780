# api: torch.Tensor.__contains__
import torch
x = torch.tensor([1, 2, 3])
a = 2 in x
b = 5 in x
