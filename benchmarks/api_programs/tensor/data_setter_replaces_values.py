# api: torch.Tensor.data
import torch
x = torch.zeros(3)
x.data = torch.ones(2)
