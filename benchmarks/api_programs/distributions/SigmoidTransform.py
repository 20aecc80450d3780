# api: torch.distributions.SigmoidTransform
import torch
from torch.distributions import SigmoidTransform
t = SigmoidTransform()
x = torch.tensor([-2.0, 0.0, 0.5, 3.0])
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
