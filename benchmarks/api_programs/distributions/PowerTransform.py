# api: torch.distributions.PowerTransform
import torch
from torch.distributions import PowerTransform
t = PowerTransform(exponent=torch.tensor(2.0))
x = torch.tensor([0.5, 1.0, 2.0, 3.0])
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
t_sqrt = PowerTransform(torch.tensor([0.5]))
r = t_sqrt(torch.tensor([4.0, 9.0]))
