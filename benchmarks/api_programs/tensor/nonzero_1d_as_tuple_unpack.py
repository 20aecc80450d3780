# api: torch.Tensor.nonzero
import torch
x = torch.tensor([0., 1., 0., 2.])
(idx,) = x.nonzero(as_tuple=True)
