# api: torch.Tensor.tanh
import torch
x = torch.tensor([-2.0, 0.0, 0.5])
t = x.tanh()
