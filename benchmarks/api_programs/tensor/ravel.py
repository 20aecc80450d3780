# api: torch.Tensor.ravel
import torch
x = torch.arange(6).reshape(2, 3)
flat = x.ravel()
flat_t = x.t().ravel()
