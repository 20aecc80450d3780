# api: torch.index_copy
import torch
x = torch.zeros(4)
out = torch.index_copy(x, 0, torch.tensor([1, 3]), torch.tensor([5.0, 7.0]))
