# api: torch.distributions.SoftmaxTransform
import torch
from torch.distributions import SoftmaxTransform
t = SoftmaxTransform()
x = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
y = t(x)
log_y = t.inv(y)
