# api: torch.Tensor.unbind
import torch
x = torch.arange(6).reshape(2, 3)
cols = x.unbind(-1)
a, b = x.unbind()
