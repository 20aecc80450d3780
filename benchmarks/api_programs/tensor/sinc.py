# api: torch.Tensor.sinc
import torch
x = torch.tensor([0.0, 0.5, 1.0, -1.5])
y = x.sinc()
