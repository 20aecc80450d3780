# api: torch.Tensor.index_put_
import torch
x = torch.zeros(2, 2)
x.index_put_((torch.tensor([0, 1, 0]), torch.tensor([1, 0, 1])), torch.tensor([1., 2., 3.]), accumulate=True)
