# api: torch.bernoulli
import torch
p = torch.tensor([0.0, 1.0, 0.0, 1.0])
draw = torch.bernoulli(p)
