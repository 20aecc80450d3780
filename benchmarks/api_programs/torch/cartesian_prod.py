# api: torch.cartesian_prod
import torch
c = torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4]))
