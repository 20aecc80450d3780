# api: torch.autograd.functional.vjp
import torch
from torch.autograd.functional import vjp
out, g = vjp(lambda t: t.sum(dim=1), torch.ones(2, 2), torch.tensor([1.0, 2.0]))
