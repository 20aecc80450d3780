# api: torch.Tensor.short
import torch
x = torch.tensor([1.9, -300.0, 40000.0])
s = x[:2].short()
