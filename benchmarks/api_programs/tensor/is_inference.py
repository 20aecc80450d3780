# api: torch.Tensor.is_inference
import torch
x = torch.ones(2)
flag = x.is_inference()
