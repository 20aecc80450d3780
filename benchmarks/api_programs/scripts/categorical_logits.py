# api: torch.distributions.Categorical
import torch
from torch.distributions import Categorical
logits = torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 0.0]])
d = Categorical(logits=logits)
lp = d.log_prob(torch.tensor([1, 2]))
e = d.entropy()
torch.manual_seed(0)
_s = d.sample()
s_shape = _s.shape
