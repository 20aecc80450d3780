# api: torch.Tensor.is_ipu
import torch
x = torch.ones(2)
on_ipu = x.is_ipu
