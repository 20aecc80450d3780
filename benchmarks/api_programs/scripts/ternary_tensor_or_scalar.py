# api: torch.Tensor.mul
import torch
def scale(x, s=None):
    s = s if s is not None else 1.0
    return x * s
a = scale(torch.ones(2))
b = scale(torch.ones(2), torch.tensor([2.0, 3.0]))
def norm(x):
    n = x.norm()
    return x / n if n > 0 else x
c = norm(torch.tensor([3.0, 4.0]))
d = norm(torch.zeros(2))
