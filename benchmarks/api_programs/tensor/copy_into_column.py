# api: torch.Tensor.copy_
import torch
x = torch.zeros(2, 3)
x[:, 1].copy_(torch.tensor([1, 2]))
