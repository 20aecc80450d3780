# api: torch.distributions.Bernoulli
import torch
from torch.distributions import Bernoulli
b = Bernoulli(logits=torch.tensor([-1.0, 0.0, 3.0]))
p = b.probs
lp = b.log_prob(torch.tensor([1.0, 0.0, 1.0]))
ent = b.entropy()
m = b.mean
v = b.variance
draw_shape0 = tuple(b.sample((4,)).shape)
b2 = Bernoulli(0.3)
lp2 = b2.log_prob(torch.tensor(1.0))
draw_dtype = b.sample().dtype
