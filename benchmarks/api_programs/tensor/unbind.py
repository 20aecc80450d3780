# api: torch.Tensor.unbind
import torch
x = torch.arange(6).reshape(2, 3)
rows = x.unbind()
cols = x.unbind(dim=1)
first, second = x.unbind(0)
