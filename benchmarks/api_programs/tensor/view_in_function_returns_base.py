# api: torch.Tensor.view
import torch
def bump(t):
    v = t.view(-1)
    v[0] = 5.
    return t

x = torch.zeros(2, 2)
r = bump(x)
