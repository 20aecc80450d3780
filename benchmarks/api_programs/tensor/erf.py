# api: torch.Tensor.erf
import torch
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
y = x.erf()
