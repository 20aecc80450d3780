# api: torch.ldexp
import torch
out = torch.ldexp(torch.tensor([1.0, 3.0]), torch.tensor([2, 3]))
