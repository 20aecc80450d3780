# api: torch.Tensor.itemsize
import torch
x = torch.zeros(3, dtype=torch.float64)
size_f64 = x.itemsize
size_i32 = torch.arange(3, dtype=torch.int32).itemsize
size_default = torch.ones(2).itemsize
