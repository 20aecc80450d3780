# api: torch.Tensor.__index__
import torch
n = torch.tensor(4)
a = list(range(n))
b = [i * 2 for i in range(torch.tensor(3))]
c = ['a', 'b', 'c'][torch.tensor(1)]
