# api: torch.distributions.TanhTransform
import torch
from torch.distributions import TanhTransform
t = TanhTransform(cache_size=1)
x = torch.tensor([-2.0, -0.5, 0.0, 0.7, 1.5])
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
