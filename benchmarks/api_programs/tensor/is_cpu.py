# api: torch.Tensor.is_cpu
import torch
x = torch.tensor([1.0, 2.0])
on_cpu = x.is_cpu
