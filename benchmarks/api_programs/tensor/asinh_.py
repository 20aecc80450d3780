# api: torch.Tensor.asinh_
import torch
x = torch.tensor([0.1, -4.0, 2.0])
x.asinh_()
