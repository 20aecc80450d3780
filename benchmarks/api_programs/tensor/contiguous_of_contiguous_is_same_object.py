# api: torch.Tensor.contiguous
import torch
x = torch.zeros(3)
y = x.contiguous()
y.add_(1)
