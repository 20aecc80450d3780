# api: torch.distributions.Bernoulli
import torch
import torch.distributions as dist
b = dist.Bernoulli(logits=torch.tensor([0.2, -1.0, 3.0]))
e = b.expand(torch.Size([4, 3]))
bs = e.batch_shape
lp = e.log_prob(torch.ones(4, 3))
probs = b.probs
ent = b.entropy()
enum = b.enumerate_support()
enum_shape = b.enumerate_support(expand=False).shape
s = e.sample((2,)).shape
