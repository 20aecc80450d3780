# api: torch.distributions.Multinomial
import torch
from torch.distributions import Multinomial
d = Multinomial(4, probs=torch.tensor([0.5, 0.25, 0.25]))
lp = d.log_prob(torch.tensor([2.0, 1.0, 1.0]))
