# api: torch.distributions.kl_divergence
import torch
from torch.distributions import *
a = torch.tensor([0.3, 1.2, 2.5]); b = torch.tensor([0.8, 1.5, 3.0]); c = torch.tensor([0.2, 0.5, 0.7])
P = {
 "N": Normal(a, b), "U": Uniform(c, c + 0.2), "U0": Uniform(0.0, 1.0), "E": Exponential(b), "G": Gamma(b, a + 0.5),
 "B": Beta(b, a + 1), "Gu": Gumbel(a, b), "L": Laplace(a, b), "P": Pareto(b, a + 2.5), "P1": Pareto(b, a + 0.6),
 "C": Cauchy(a, b), "Po": Poisson(b), "Be": Bernoulli(c), "Bi": Binomial(4, c), "LN": LogNormal(a, b), "HC": HalfCauchy(b),
 "HN": HalfNormal(b), "C2": Cauchy(b, a + 1), "LN2": LogNormal(b, a + 1), "HC2": HalfCauchy(a + 0.5), "HN2": HalfNormal(a + 0.5), "Ch": Chi2(b * 2), "UW": Uniform(-1.0, 2.0), "UP": Uniform(b + 1, b + 2),
}
pairs = "U:N U0:N U:Gu U:E U:G U:B U0:B U:P UP:P1 UW:B UW:E E:G E:Gu E:N G:E G:Gu G:N Gu:N L:N N:Gu N:L B:U B:E B:G B:N B:P P:P1 P:E P:G P:N P1:E P1:G P1:N C:C2 Po:Be Po:Bi Be:Po E:U N:U G:B L:E Gu:G P:U LN:LN2 HC:HC2 HN:HN2 Ch:E Ch:N".split()
results = {}
for pq in pairs:
    p, q = pq.split(":")
    results[pq] = kl_divergence(P[p], P[q])
scalar_kl = kl_divergence(Uniform(0.0, 1.0), Normal(0.0, 1.0))
scalar_dim = scalar_kl.dim()
x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
kl_grad_val = kl_divergence(Gamma(x + 1, 2.0), Normal(x, 1.5)).sum() + kl_divergence(Normal(x, 1.0), Laplace(0.0, x)).sum() + kl_divergence(Pareto(x, 3.0), Exponential(x)).sum()
kl_grad_val.backward()
results['grad'] = x.grad
results['scalar'] = scalar_kl
results['scalar_dim'] = scalar_dim
