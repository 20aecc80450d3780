# api: torch.Tensor.is_cuda
import torch
x = torch.ones(3)
on_gpu = x.is_cuda
device_name = "cuda" if x.is_cuda else "cpu"
