# api: torch.distributions.MixtureSameFamily
import torch
from torch.distributions import MixtureSameFamily, Categorical, Normal
mix = Categorical(torch.tensor([0.3, 0.5, 0.2]))
comp = Normal(torch.tensor([-1.0, 0.0, 2.0]), torch.tensor([0.5, 1.0, 1.5]))
gmm = MixtureSameFamily(mix, comp)
lp = gmm.log_prob(torch.tensor([-1.0, 0.0, 1.0, 3.0]))
mean = gmm.mean
variance = gmm.variance
cdf = gmm.cdf(torch.tensor([0.0, 1.0]))
sample_shape = gmm.sample((5,)).shape
