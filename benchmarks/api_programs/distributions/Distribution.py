# api: torch.distributions.Distribution
import torch
from torch.distributions import Distribution, constraints


class UnitExponential(Distribution):
    arg_constraints = {"rate": constraints.positive}
    support = constraints.positive

    def __init__(self, rate, validate_args=None):
        self.rate = rate
        super().__init__(batch_shape=rate.shape, validate_args=validate_args)

    @property
    def mean(self):
        return 1.0 / self.rate

    def log_prob(self, value):
        return self.rate.log() - self.rate * value


d = UnitExponential(torch.tensor([0.5, 1.0, 2.0]))
batch_shape = d.batch_shape
event_shape = d.event_shape
lp = d.log_prob(torch.tensor([1.0, 1.0, 1.0]))
mean = d.mean
