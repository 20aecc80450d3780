# api: torch.Tensor.numpy
import torch
x = torch.arange(6.0).reshape(2, 3)
arr = x.numpy()
int_arr = torch.tensor([1, 2]).numpy()
