# api: torch.special.gammaln
import torch
x = torch.tensor([0.5, 1.0, 10.0, 100.0, -0.5])
a = torch.special.gammaln(x)
b = torch.special.digamma(x)
c = torch.special.digamma(torch.tensor([0.0]))
d = torch.lgamma(torch.tensor([0.0, -1.0]))
p = torch.special.polygamma(1, torch.tensor([1.0, 2.5]))
p2 = torch.special.polygamma(2, torch.tensor([1.0]))
