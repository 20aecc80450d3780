# api: torch.Tensor.heaviside
import torch
x = torch.tensor([-1.5, 0.0, 2.0])
values = torch.tensor([0.5])
step = x.heaviside(values)
step_per_elem = x.heaviside(torch.tensor([1.0, 0.0, 1.0]))
