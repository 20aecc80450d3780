# api: torch.Tensor.zero_
import torch
x = torch.arange(6.0).reshape(2, 3)
x.zero_()
counts = torch.tensor([5, 6])
counts.zero_()
