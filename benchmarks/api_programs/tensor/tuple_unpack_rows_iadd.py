# api: torch.Tensor.__iter__
import torch
x = torch.zeros(2, 3)
first, second = x
first += 5
