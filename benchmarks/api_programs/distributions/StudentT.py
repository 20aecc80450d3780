# api: torch.distributions.StudentT
import torch
from torch.distributions import StudentT
d = StudentT(df=torch.tensor([3.0, 10.0]), loc=torch.tensor([0.0, 1.0]), scale=torch.tensor([1.0, 2.0]))
lp = d.log_prob(torch.tensor([0.5, -1.0]))
mean = d.mean
variance = d.variance
entropy = d.entropy()
sample_shape = d.sample((3,)).shape
d_std = StudentT(5.0)
lp_std = d_std.log_prob(torch.tensor(0.0))
