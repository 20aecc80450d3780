# api: torch.Tensor.new_empty
import torch
x = torch.ones(2, 3, dtype=torch.int32)
a = x.new_empty(x.shape).shape
b = x.new_empty((4,)).dtype
