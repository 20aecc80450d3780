# api: torch.Tensor.view
import torch
x = torch.arange(6).reshape(2, 3)
a = x.view(-1)[-1]
b = x.flatten()[-2:]
