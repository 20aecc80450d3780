# api: torch.distributions.CumulativeDistributionTransform
import torch
from torch.distributions import CumulativeDistributionTransform, Normal
t = CumulativeDistributionTransform(Normal(0.0, 1.0))
x = torch.tensor([-1.0, 0.0, 0.5, 2.0])
u = t(x)
x_back = t.inv(u)
log_det = t.log_abs_det_jacobian(x, u)
