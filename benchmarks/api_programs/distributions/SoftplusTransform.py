# api: torch.distributions.SoftplusTransform
import torch
from torch.distributions import SoftplusTransform
t = SoftplusTransform()
x = torch.tensor([-3.0, -0.5, 0.0, 1.0, 4.0])
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
