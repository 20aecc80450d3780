# api: torch.Tensor.logaddexp
import torch
a = torch.tensor([-1.0, 0.0, 2.0])
b = torch.tensor([-2.0, 1.0, 200.0])
out = a.logaddexp(b)
