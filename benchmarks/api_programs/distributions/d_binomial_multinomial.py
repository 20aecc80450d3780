# api: torch.distributions.Binomial
import torch
from torch.distributions import Binomial, Multinomial
b = Binomial(total_count=torch.tensor([5.0, 10.0]), probs=torch.tensor([0.3, 0.8]))
b_lp = b.log_prob(torch.tensor([2.0, 7.0]))
b_stats = (b.mean, b.variance, b.mode)
m = Multinomial(6, probs=torch.tensor([0.2, 0.3, 0.5]))
m_lp = m.log_prob(torch.tensor([1.0, 2.0, 3.0]))
m_mean, m_var = m.mean, m.variance
_ms = m.sample((4,))
ms_shape = _ms.shape
ms_sum = _ms.sum(-1)
