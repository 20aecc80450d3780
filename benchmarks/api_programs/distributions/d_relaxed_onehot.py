# api: torch.distributions.RelaxedOneHotCategorical
import torch
from torch.distributions import RelaxedOneHotCategorical
d = RelaxedOneHotCategorical(torch.tensor(0.7), logits=torch.tensor([0.1, 1.0, -0.5]))
lp = d.log_prob(torch.tensor([0.2, 0.5, 0.3]))
s = d.rsample((3,))
s_shape = s.shape
rows = s.sum(-1)
