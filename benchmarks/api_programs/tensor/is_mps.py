# api: torch.Tensor.is_mps
import torch
x = torch.arange(4.0)
on_mps = x.is_mps
