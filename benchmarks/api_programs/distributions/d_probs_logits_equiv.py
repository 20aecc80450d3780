# api: torch.distributions.Bernoulli
import torch
from torch.distributions import Bernoulli, Categorical
p = torch.tensor([0.25, 0.5, 0.75])
a = Bernoulli(probs=p)
b = Bernoulli(logits=torch.log(p / (1 - p)))
diff = (a.log_prob(torch.tensor([1.0, 0.0, 1.0])) - b.log_prob(torch.tensor([1.0, 0.0, 1.0]))).abs().max()
a_logits = a.logits
c = Categorical(probs=torch.tensor([2.0, 1.0, 1.0]))
c_probs = c.probs
c_logits = c.logits
