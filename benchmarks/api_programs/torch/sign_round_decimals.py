# api: torch.round
import torch
x = torch.tensor([0.5, 1.5, 2.5, -0.5, 1.2345])
r = torch.round(x)
r2 = torch.round(x, decimals=2)
s = torch.sign(torch.tensor([-2, 0, 3]))
sg = torch.sgn(torch.tensor([-0.0, 2.0]))
fl = torch.floor(torch.tensor([-1.5, 1.5]))
ce = torch.ceil(torch.tensor([-1.5, 1.5]))
tr = torch.trunc(torch.tensor([-1.7, 1.7]))
frac = torch.frac(torch.tensor([-1.7, 1.7]))
