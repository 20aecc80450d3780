# api: torch.Tensor.is_xpu
import torch
x = torch.ones(3)
on_xpu = x.is_xpu
