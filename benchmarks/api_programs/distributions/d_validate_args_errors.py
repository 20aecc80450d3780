# api: torch.distributions.Normal
import torch
from torch.distributions import Normal, Bernoulli, Categorical, Gamma
def raises(fn):
    try:
        fn()
        return False
    except ValueError:
        return True
neg_scale = raises(lambda: Normal(torch.tensor([0.0]), torch.tensor([-1.0]), validate_args=True))
bad_probs = raises(lambda: Bernoulli(probs=torch.tensor([1.5]), validate_args=True))
bad_simplex = raises(lambda: Categorical(probs=torch.tensor([-0.1, 1.1]), validate_args=True))
bad_gamma = raises(lambda: Gamma(torch.tensor([1.0]), torch.tensor([0.0]), validate_args=True))
ok = raises(lambda: Normal(torch.tensor([0.0]), torch.tensor([1.0]), validate_args=True))
