# api: torch.distributions.MixtureSameFamily
import torch
import torch.distributions as D
mix = D.Categorical(torch.tensor([0.2, 0.3, 0.5]))
comp = D.Independent(D.Normal(torch.tensor([[0.0, 0.0], [1.0, 1.0], [-1.0, 2.0]]), torch.tensor([[1.0, 0.5], [0.3, 0.3], [2.0, 1.0]])), 1)
gmm = D.MixtureSameFamily(mix, comp)
x = torch.tensor([[0.0, 0.5], [1.0, 1.0], [3.0, -2.0]])
lp = gmm.log_prob(x)
mean = gmm.mean
var = gmm.variance
bs = gmm.batch_shape
es = gmm.event_shape
s = gmm.sample((7,)).shape
