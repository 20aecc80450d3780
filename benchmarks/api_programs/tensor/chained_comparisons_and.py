# api: torch.Tensor.__and__
import torch
x = torch.arange(10)
m = (x > 2) & (x < 7)
n = ((x % 2) == 0) | (x == 9)
c = x[m & n]
