# api: torch.special.multigammaln
import torch
y = torch.special.multigammaln(torch.tensor([2.5, 3.0]), 2)
