# api: torch.distributions.Independent
import torch
from torch.distributions import Independent, Normal
base = Normal(torch.zeros(2, 3), torch.tensor([1.0, 2.0, 0.5]).expand(2, 3))
d = Independent(base, 1)
batch_shape = d.batch_shape
event_shape = d.event_shape
x = torch.arange(6.).reshape(2, 3) / 4
lp = d.log_prob(x)
entropy = d.entropy()
sample_shape = d.sample((4,)).shape
