# api: torch.distributions.transforms.ComposeTransform
import torch
from torch.distributions.transforms import ComposeTransform, AffineTransform, SigmoidTransform, ExpTransform
t = ComposeTransform([AffineTransform(0.5, 2.0), SigmoidTransform()])
x = torch.tensor([-1.0, 0.0, 2.0])
y = t(x)
back = t.inv(y)
ladj = t.log_abs_det_jacobian(x, y)
e = ExpTransform()
ey = e(x)
e_inv = e.inv(ey)
e_ladj = e.log_abs_det_jacobian(x, ey)
