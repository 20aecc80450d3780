# api: torch.distributions.AffineTransform
import torch
from torch.distributions import AffineTransform
t = AffineTransform(loc=1.0, scale=2.0)
x = torch.tensor([-1.0, 0.0, 0.5, 3.0])
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
t_vec = AffineTransform(torch.tensor([0.0, 1.0]), torch.tensor([-1.0, 3.0]))
y_vec = t_vec(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
