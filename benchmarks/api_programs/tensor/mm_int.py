# api: torch.Tensor.mm
import torch
a = torch.tensor([[1, 2], [3, 4]])
m = a.mm(a)
