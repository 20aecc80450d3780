# api: torch.optim.Adagrad
import torch
from torch.optim import Adagrad, SGD
a = torch.tensor([1.0, -2.0], requires_grad=True)
b = torch.tensor([0.5, 1.5], requires_grad=True)
opt_a = Adagrad([a], lr=0.3)
opt_b = SGD([b], lr=0.1, nesterov=True, momentum=0.5)
for _ in range(4):
    opt_a.zero_grad(); opt_b.zero_grad()
    (a.pow(2).sum() + (a * b).sum() + b.pow(4).sum()).backward()
    opt_a.step(); opt_b.step()
a_final, b_final = a.detach().clone(), b.detach().clone()
