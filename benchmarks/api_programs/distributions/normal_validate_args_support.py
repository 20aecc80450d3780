# api: torch.distributions.Normal
import torch
from torch.distributions import Normal
try:
    Normal(torch.tensor([0.0]), torch.tensor([-1.0]), validate_args=True)
    raised = False
except ValueError:
    raised = True
n = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 1.0]))
support_ok = bool(n.support.check(torch.tensor(3.0)))
arg_names = sorted(n.arg_constraints.keys())
cdf_mid = n.cdf(n.mean)
