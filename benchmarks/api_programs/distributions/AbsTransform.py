# api: torch.distributions.AbsTransform
import torch
from torch.distributions import AbsTransform
t = AbsTransform()
x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
y = t(x)
