# api: torch.Tensor.diagonal
import torch
x = torch.zeros(3, 3)
x.diagonal().fill_(1.)
