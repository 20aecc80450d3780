# api: torch.Tensor.fill_diagonal_
import torch
x = torch.zeros(3, 4)
x[:, 1:].fill_diagonal_(1.)
