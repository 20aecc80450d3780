# api: torch.Tensor.acosh
import torch
x = torch.tensor([1.0, 1.5, 2.0, 10.0])
y = x.acosh()
