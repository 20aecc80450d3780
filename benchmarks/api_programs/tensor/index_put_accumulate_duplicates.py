# api: torch.Tensor.index_put_
import torch
x = torch.zeros(4)
x.index_put_((torch.tensor([0, 0, 2]),), torch.tensor([1., 2., 3.]), accumulate=True)
