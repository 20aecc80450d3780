# api: torch.Tensor.index_put_
import torch
x = torch.zeros(2, 3)
x.index_put_((torch.tensor([0, 0, 1]), torch.tensor([1, 1, 2])), torch.tensor([1., 2., 3.]), accumulate=True)
y = torch.zeros(3)
y.index_put_((torch.tensor([2, 2]),), torch.tensor(5.))
