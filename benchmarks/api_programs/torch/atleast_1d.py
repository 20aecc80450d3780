# api: torch.atleast_1d
import torch
scalar = torch.tensor(1.5)
one = torch.atleast_1d(scalar)
vec = torch.atleast_1d(torch.tensor([1, 2]))
pair = torch.atleast_1d(torch.tensor(0.5), torch.tensor(2.0))
