# api: torch.Tensor.narrow
import torch
x = torch.ones(4, 2)
x.narrow(0, 1, 2).zero_()
