# api: torch.Tensor.t
import torch
def f(t):
    tt = t.t()
    tt.add_(1)
    return t

r = f(torch.zeros(2, 3))
