# api: torch.distributions.kl_divergence
import torch
from torch.distributions import Normal, kl_divergence
kl = kl_divergence(Normal(0.0, 1.0), Normal(1.0, 2.0))
