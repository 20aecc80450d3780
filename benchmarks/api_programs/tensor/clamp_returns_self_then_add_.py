# api: torch.Tensor.clamp_
import torch
x = torch.tensor([-1., 0.5, 2.])
y = x.clamp_(0, 1)
y.add_(1)
