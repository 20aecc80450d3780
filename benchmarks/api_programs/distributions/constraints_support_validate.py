# api: torch.distributions.constraints.positive
import torch
from torch.distributions import Normal, Uniform, Bernoulli, Categorical, Dirichlet, Independent, Pareto, Binomial, Gamma, constraints
try:
    Normal(torch.tensor([0.0]), torch.tensor([-1.0]), validate_args=True)
    raised = False
except ValueError:
    raised = True
try:
    Uniform(torch.tensor([2.0]), torch.tensor([1.0]), validate_args=True)
    raised_u = False
except ValueError:
    raised_u = True
try:
    Bernoulli(probs=torch.tensor([1.5]), validate_args=True)
    raised_b = False
except ValueError:
    raised_b = True
ok_n = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]), validate_args=True).mean
n = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 1.0]))
support_ok = n.support.check(torch.tensor([3.0, float("nan")]))
arg_names = sorted(n.arg_constraints.keys())
u = Uniform(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 3.0]))
u_check = u.support.check(torch.tensor([0.5, 0.5]))
lb = u.support.lower_bound
g_check = Gamma(2.0, 1.0).support.check(torch.tensor([-1.0, 0.0, 2.0]))
p_check = Pareto(torch.tensor([1.0, 2.0]), 3.0).support.check(torch.tensor([1.5, 1.5]))
c_check = Categorical(probs=torch.tensor([0.2, 0.3, 0.5])).support.check(torch.tensor([0, 2, 3, 1]))
d_check = Dirichlet(torch.ones(3)).support.check(torch.tensor([[0.2, 0.3, 0.5], [0.5, 0.6, 0.1]]))
i_check = Independent(Normal(torch.zeros(2, 3), 1.0), 1).support.check(torch.zeros(2, 3))
i_dim = Independent(Normal(torch.zeros(2, 3), 1.0), 1).support.event_dim
b_check = Binomial(torch.tensor([3.0, 5.0]), probs=torch.tensor([0.5, 0.5])).support.check(torch.tensor([4.0, 4.0]))
pos = constraints.positive.check(torch.tensor([-1.0, 0.0, 1.0]))
itv = constraints.interval(0.0, 2.0).check(torch.tensor([-1.0, 0.0, 2.5]))
gt = constraints.greater_than(1.0).check(torch.tensor([0.5, 1.5]))
smp = constraints.simplex.check(torch.tensor([0.3, 0.7]))
bol = constraints.boolean.check(torch.tensor([0.0, 1.0, 0.5]))
nni = constraints.nonnegative_integer.check(torch.tensor([0.0, 1.5, 3.0, -1.0]))
disc = (constraints.nonnegative_integer.is_discrete, constraints.real.is_discrete, constraints.simplex.event_dim, constraints.real_vector.event_dim)
lc = constraints.lower_cholesky.check(torch.tensor([[1.0, 0.0], [2.0, 3.0]]))
pd = constraints.positive_definite.check(torch.tensor([[2.0, 0.5], [0.5, 1.0]]))
ind = constraints.independent(constraints.positive, 1).check(torch.tensor([[1.0, 2.0], [1.0, -2.0]]))
ii = constraints.integer_interval(0, 3).check(torch.tensor([0.0, 3.0, 4.0]))
