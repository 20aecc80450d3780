# api: torch.Tensor.__mul__
import torch
t = torch.tensor(3)
a = t * 2.5
b = 10 // t
c = 2 ** t
d = t / 2
