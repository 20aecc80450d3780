# api: torch.Tensor.is_shared
import torch
x = torch.zeros(4)
before = x.is_shared()
