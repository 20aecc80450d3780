# api: torch.Tensor.logical_xor
import torch
a = torch.tensor([1, 0, 1, 0])
b = torch.tensor([1, 1, 0, 0])
exclusive = a.logical_xor(b)
