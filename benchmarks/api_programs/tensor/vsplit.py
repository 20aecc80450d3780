# api: torch.Tensor.vsplit
import torch
x = torch.arange(16.).reshape(4, 4)
top, bottom = x.vsplit(2)
pieces = x.vsplit([1, 3])
