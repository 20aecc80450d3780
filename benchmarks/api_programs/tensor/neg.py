# api: torch.Tensor.neg
import torch
x = torch.tensor([1.5, -2.0, 0.0])
y = x.neg()
ints = torch.arange(3).neg()
