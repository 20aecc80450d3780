# api: torch.special.gammaln
import torch
x = torch.tensor([0.5, 1.0, 2.5, 10.0, 100.0])
lg = torch.special.gammaln(x)
lg_int = torch.special.gammaln(torch.arange(1, 6))
