# api: torch.distributions.Dirichlet
import torch
from torch.distributions import Dirichlet, Multinomial
d = Dirichlet(torch.tensor([1.0, 2.0, 3.0]))
d_mean = d.mean
d_var = d.variance
d_lp = d.log_prob(torch.tensor([0.2, 0.3, 0.5]))
d_ent = d.entropy()
m = Multinomial(total_count=5, probs=torch.tensor([0.2, 0.3, 0.5]))
m_lp = m.log_prob(torch.tensor([1.0, 1.0, 3.0]))
m_mean = m.mean
m_sample_sum = m.sample().sum()
