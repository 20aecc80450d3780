# api: torch.autograd.functional.vjp
import torch
from torch.autograd.functional import vjp, jvp

def g(x):
    return x.exp() * 2

x = torch.tensor([0.0, 1.0, -1.0])
out, v = vjp(g, x, torch.ones(3))
out2, jv = jvp(g, x, torch.tensor([1.0, 0.0, 2.0]))
