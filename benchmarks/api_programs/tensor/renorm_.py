# api: torch.Tensor.renorm_
import torch
x = torch.tensor([[1.0, 2.0, 2.0], [3.0, 4.0, 0.0], [0.1, 0.1, 0.1]])
x.renorm_(p=2, dim=0, maxnorm=1.0)
