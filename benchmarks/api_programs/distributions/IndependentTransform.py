# api: torch.distributions.IndependentTransform
import torch
from torch.distributions import IndependentTransform, ExpTransform
t = IndependentTransform(ExpTransform(), reinterpreted_batch_ndims=1)
x = torch.tensor([[0.0, 1.0, -1.0], [0.5, 0.5, 2.0]])
y = t(x)
log_det = t.log_abs_det_jacobian(x, y)
x_back = t.inv(y)
