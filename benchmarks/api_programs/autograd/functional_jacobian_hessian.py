# api: torch.autograd.functional.jacobian
import torch
from torch.autograd.functional import jacobian, hessian

def f(v):
    return torch.stack([v[0] * v[1], v[0] ** 2 + v[1]])

def energy(v):
    return (v ** 2).prod()

pt = torch.tensor([1.5, -2.0])
J = jacobian(f, pt)
H = hessian(energy, pt)
