# api: torch.autograd.functional.jacobian
import torch
from torch.autograd.functional import jacobian
def f(v):
    return v ** 2
J = jacobian(f, torch.tensor([1.0, 2.0]))
