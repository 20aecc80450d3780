# api: torch.Tensor.conj
import torch
x = torch.tensor([1.0, 2.0])
y = x.conj()
