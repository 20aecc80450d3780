# api: torch.autograd.gradgradcheck
import torch
x = torch.tensor([0.1, -0.4, 0.9, 1.3], dtype=torch.float64, requires_grad=True)
ok = torch.autograd.gradgradcheck(lambda a: (a ** 3).sin(), (x,))
