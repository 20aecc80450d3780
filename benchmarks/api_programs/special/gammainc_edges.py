# api: torch.special.gammainc
import torch
a = torch.tensor([0.5, 1.0, 2.0, 5.0])
x = torch.tensor([0.0, 1.0, 2.0, 10.0])
p = torch.special.gammainc(a, x)
q = torch.special.gammaincc(a, x)
tot = p + q
