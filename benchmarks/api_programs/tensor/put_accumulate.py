# api: torch.Tensor.put_
import torch
x = torch.zeros(2, 3)
x.put_(torch.tensor([0, 5, 0]), torch.tensor([1., 2., 3.]), accumulate=True)
