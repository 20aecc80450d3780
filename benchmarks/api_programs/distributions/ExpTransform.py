# api: torch.distributions.ExpTransform
import torch
from torch.distributions import ExpTransform
t = ExpTransform()
x = torch.tensor([-1.0, 0.0, 1.0, 2.0])
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
