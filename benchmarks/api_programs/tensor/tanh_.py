# api: torch.Tensor.tanh_
import torch
x = torch.tensor([-2.0, 0.0, 0.7])
x.tanh_()
