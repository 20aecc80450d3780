# api: torch.Tensor.flipud
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = x.flipud()
v = torch.arange(4).flipud()
