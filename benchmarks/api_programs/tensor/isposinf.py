# api: torch.Tensor.isposinf
import torch
x = torch.tensor([float('inf'), -float('inf'), 0.0])
pos = x.isposinf()
