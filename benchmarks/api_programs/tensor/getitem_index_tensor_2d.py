# api: torch.Tensor.__getitem__
import torch
x = torch.arange(12).reshape(3, 4)
idx = torch.tensor([[0, 2], [1, 1]])
a = x[idx]
b = x[:, torch.tensor([3, 0])]
c = x[torch.tensor([0, 2]), torch.tensor([1, 3])]
