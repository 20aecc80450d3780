# api: torch.Tensor.rsqrt
import torch
x = torch.tensor([1.0, 4.0, 0.25])
y = x.rsqrt()
