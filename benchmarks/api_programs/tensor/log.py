# api: torch.Tensor.log
import torch
x = torch.tensor([1.0, 2.718281828, 10.0, 0.5])
y = x.log()
