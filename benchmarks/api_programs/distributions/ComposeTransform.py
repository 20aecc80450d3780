# api: torch.distributions.ComposeTransform
import torch
from torch.distributions import ComposeTransform, ExpTransform, AffineTransform
t = ComposeTransform([AffineTransform(0.5, 2.0), ExpTransform()])
x = torch.tensor([-1.0, 0.0, 0.5])
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
