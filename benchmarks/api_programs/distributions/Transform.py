# api: torch.distributions.Transform
import math
import torch
from torch.distributions import Transform, constraints


class ScaleByTwo(Transform):
    domain = constraints.real
    codomain = constraints.real
    bijective = True

    def _call(self, x):
        return 2.0 * x

    def _inverse(self, y):
        return y / 2.0

    def log_abs_det_jacobian(self, x, y):
        return torch.full_like(x, math.log(2.0))


t = ScaleByTwo()
x = torch.tensor([-1.0, 0.0, 1.5])
y = t(x)
x_back = t.inv(y)
log_det = t.log_abs_det_jacobian(x, y)
