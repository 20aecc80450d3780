# api: torch.Tensor.tensor_split
import torch
x = torch.arange(7)
parts = x.tensor_split(3)
p2 = x.tensor_split([1, 4])
