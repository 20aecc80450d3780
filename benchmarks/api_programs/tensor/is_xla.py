# api: torch.Tensor.is_xla
import torch
x = torch.zeros(2, 2)
on_xla = x.is_xla
