# api: torch.distributions.Categorical
import torch
from torch.distributions import Categorical
c = Categorical(logits=torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]))
logits = c.logits
probs = c.probs
lp = c.log_prob(torch.tensor([2, 1]))
ent = c.entropy()
mode = c.mode
n = c.param_shape
samp_dtype = c.sample().dtype
samp_shape = c.sample((3, 2)).shape
ex = c.expand((4, 2)).batch_shape
