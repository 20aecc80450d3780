# api: torch.Tensor.unbind
import torch
x = torch.zeros(2, 2)
for piece in x.unbind(1):
    piece += 2
