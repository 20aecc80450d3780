# api: torch.Tensor.arcsinh_
import torch
x = torch.tensor([-2.0, 0.0, 0.5, 3.0])
x.arcsinh_()
