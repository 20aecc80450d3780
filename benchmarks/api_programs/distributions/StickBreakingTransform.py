# api: torch.distributions.StickBreakingTransform
import torch
from torch.distributions import StickBreakingTransform
t = StickBreakingTransform()
x = torch.tensor([[0.0, 0.0, 0.0], [1.0, -1.0, 0.5]])
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
