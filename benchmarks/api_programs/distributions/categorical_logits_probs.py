# api: torch.distributions.Categorical
import torch
from torch.distributions import Categorical
logits = torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 0.0]])
c = Categorical(logits=logits)
probs = c.probs
normed = c.logits
lp = c.log_prob(torch.tensor([1, 2]))
ent = c.entropy()
samples_shape = tuple(c.sample((5,)).shape)
sdtype = c.sample().dtype
support = c.enumerate_support().shape
n_events = c.param_shape
c2 = Categorical(probs=torch.tensor([0.2, 0.3, 0.5]))
lp2 = c2.log_prob(torch.tensor(2))
mode = c2.mode
