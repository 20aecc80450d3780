# api: torch.special.psi
import torch
x = torch.tensor([-2.5, -0.5, 0.25, 1.0, 30.0])
a = torch.special.psi(x)
b = torch.special.digamma(torch.tensor([-1.0, -2.0]))
c = torch.special.polygamma(0, x)
d = torch.special.polygamma(3, torch.tensor([0.5, 4.0]))
