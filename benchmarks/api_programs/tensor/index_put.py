# api: torch.Tensor.index_put
import torch
x = torch.arange(6.).view(2, 3)
y = x.index_put((torch.tensor([0, 1]), torch.tensor([2, 2])), torch.tensor(10.), accumulate=True)
