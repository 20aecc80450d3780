# api: torch.Tensor.is_mtia
import torch
x = torch.zeros(2, 3)
on_mtia = x.is_mtia
