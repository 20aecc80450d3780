# api: torch.Tensor.floor_divide_
import torch
x = torch.tensor([7., -7.])
x.floor_divide_(2)
