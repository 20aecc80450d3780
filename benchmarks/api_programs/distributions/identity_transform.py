# api: torch.distributions.identity_transform
import torch
from torch.distributions import identity_transform
x = torch.tensor([-1.0, 0.0, 2.5])
y = identity_transform(x)
x_back = identity_transform.inv(y)
log_det = identity_transform.log_abs_det_jacobian(x, y)
