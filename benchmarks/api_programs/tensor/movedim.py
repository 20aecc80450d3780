# api: torch.Tensor.movedim
import torch
x = torch.arange(6).reshape(1, 2, 3)
y = x.movedim(2, 0)
new_shape = y.shape
