# api: torch.distributions.Categorical
import torch
from torch.distributions import Categorical
d = Categorical(probs=torch.tensor([0.2, 0.3, 0.5]))
lp = d.log_prob(torch.tensor([0, 2]))
ent = d.entropy()
