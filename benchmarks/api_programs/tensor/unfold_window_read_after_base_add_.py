# api: torch.Tensor.unfold
import torch
x = torch.arange(5.)
w = x.unfold(0, 2, 1)
x.add_(10)
r = w.clone()
