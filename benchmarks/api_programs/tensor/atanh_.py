# api: torch.Tensor.atanh_
import torch
x = torch.tensor([-0.9, -0.1, 0.0, 0.5])
x.atanh_()
