# api: torch.index_put
import torch
x = torch.zeros(2, 2)
y = torch.index_put(x, (torch.tensor([0, 1]), torch.tensor([1, 0])), torch.tensor([3.0, 4.0]))
