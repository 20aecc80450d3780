# api: torch.special.multigammaln
import torch
x = torch.tensor([2.5, 3.0, 10.0])
a = torch.special.multigammaln(x, 1)
b = torch.special.multigammaln(x, p=3)
c = torch.mvlgamma(x, 2)
