# api: torch.special.digamma
import torch
x = torch.tensor([0.5, 1.0, 2.0, 3.5, 10.0])
d = torch.special.digamma(x)
d_int = torch.special.digamma(torch.tensor([1, 2, 3]))
