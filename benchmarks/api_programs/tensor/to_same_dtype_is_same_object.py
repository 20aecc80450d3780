# api: torch.Tensor.to
import torch
x = torch.zeros(3)
y = x.to(torch.float32)
y.add_(1)
