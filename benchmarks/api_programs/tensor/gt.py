# api: torch.Tensor.gt
import torch
a = torch.tensor([1.0, 2.0, 3.0])
above = a.gt(1.5)
pairwise = a.gt(torch.tensor([0.0, 2.0, 4.0]))
ints = torch.tensor([[1, -1], [0, 2]]).gt(0)
