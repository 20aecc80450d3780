# api: torch.Tensor.clamp_
import torch
x = torch.tensor([-3.0, -0.5, 0.2, 1.5, 4.0])
x.clamp_(min=-1.0, max=1.0)
y = torch.tensor([[-2, 5], [3, -7]])
y.clamp_(0)
