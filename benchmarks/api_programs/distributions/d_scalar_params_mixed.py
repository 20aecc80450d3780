# api: torch.distributions.Uniform
import torch
from torch.distributions import Uniform, Normal
u = Uniform(torch.tensor(-1.0), torch.tensor(3.0))
u_bs = u.batch_shape
u_s = u.sample((10,)).shape
u_lp = u.log_prob(torch.tensor([0.0, 2.0]))
u_ent = u.entropy()
u_ent_dim = u.entropy().dim()
u_cdf = u.cdf(torch.tensor(1.0))
n = Normal(torch.tensor(0.0), torch.tensor([1.0, 2.0]))
n_bs = n.batch_shape
n_s = n.sample((3,)).shape
stacked = torch.stack([Normal(torch.tensor(0.0), torch.tensor(1.0)).log_prob(torch.tensor(v)) for v in (0.0, 1.0, 2.0)])
