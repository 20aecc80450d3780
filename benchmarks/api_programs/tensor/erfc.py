# api: torch.Tensor.erfc
import torch
x = torch.tensor([-1.0, 0.0, 0.5, 1.5, 3.0])
y = x.erfc()
