# api: torch.Tensor.index_copy_
import torch
x = torch.zeros(3, 4)
n = x.narrow(1, 1, 2)
n.index_copy_(0, torch.tensor([2]), torch.ones(1, 2))
