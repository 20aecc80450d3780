# api: torch.distributions.ReshapeTransform
import torch
from torch.distributions import ReshapeTransform
t = ReshapeTransform(in_shape=(6,), out_shape=(2, 3))
x = torch.arange(12.).reshape(2, 6)
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
fwd_shape = t.forward_shape((5, 6))
