# api: torch.autograd.is_tensor_like
import torch
x = torch.tensor([1.0, 2.0])
tensor_flag = torch.autograd.is_tensor_like(x)
list_flag = torch.autograd.is_tensor_like([1.0, 2.0])
scalar_flag = torch.autograd.is_tensor_like(3.0)
