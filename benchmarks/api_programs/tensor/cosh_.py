# api: torch.Tensor.cosh_
import torch
x = torch.tensor([-1.0, 0.0, 0.5, 2.0])
x.cosh_()
