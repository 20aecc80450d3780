# api: torch.Tensor.conj_physical
import torch
x = torch.tensor([1.0, -2.0, 3.5])
y = x.conj_physical()
