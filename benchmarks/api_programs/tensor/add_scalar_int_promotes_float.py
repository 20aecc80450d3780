# api: torch.Tensor.add
import torch
x = torch.tensor([1, 2, 3])
y = x.add(0.5)
z = x + 2.5
w = x * 1.5
