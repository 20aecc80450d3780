# api: torch.Tensor.where
import torch
x = torch.tensor([1.0, -2.0, 3.0])
y = x.where(x > 0, torch.tensor(0.0))
