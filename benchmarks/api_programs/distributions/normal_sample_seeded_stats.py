# api: torch.distributions.Normal.sample
import torch
from torch.distributions import Normal
torch.manual_seed(1)
n = Normal(torch.tensor(2.0), torch.tensor(0.5))
_draws = n.sample((20000,))
shape = _draws.shape
close_mean = bool(abs(_draws.mean().item() - 2.0) < 0.05)
close_std = bool(abs(_draws.std().item() - 0.5) < 0.05)
dim = _draws.dim()
