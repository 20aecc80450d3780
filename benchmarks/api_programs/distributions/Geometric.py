# api: torch.distributions.Geometric
import torch
from torch.distributions import Geometric
d = Geometric(probs=torch.tensor([0.25]))
lp = d.log_prob(torch.tensor([0.0, 3.0]))
