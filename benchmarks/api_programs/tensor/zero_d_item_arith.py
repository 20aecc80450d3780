# api: torch.Tensor.item
import torch
x = torch.tensor(3.5)
y = x * 2
v = y.item()
i = torch.tensor(4).item()
