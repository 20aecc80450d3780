# api: torch.distributions.MixtureSameFamily
import torch
import torch.distributions as D
mix = D.Categorical(torch.tensor([0.3, 0.7]))
comp = D.Normal(torch.tensor([-1.0, 2.0]), torch.tensor([0.5, 1.0]))
gmm = D.MixtureSameFamily(mix, comp)
lp = gmm.log_prob(torch.tensor([0.0, 1.0, -1.0]))
mean = gmm.mean
var = gmm.variance
s_shape = gmm.sample((5,)).shape
