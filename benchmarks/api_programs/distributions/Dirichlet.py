# api: torch.distributions.Dirichlet
import torch
from torch.distributions import Dirichlet
d = Dirichlet(torch.tensor([1.0, 2.0, 3.0]))
lp = d.log_prob(torch.tensor([0.2, 0.3, 0.5]))
