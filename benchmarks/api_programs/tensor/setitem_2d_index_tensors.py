# api: torch.Tensor.__setitem__
import torch
x = torch.zeros(3, 3)
x[torch.tensor([0, 1, 2]), torch.tensor([2, 1, 0])] = 1.
x[torch.arange(3), torch.arange(3)] += 5.
