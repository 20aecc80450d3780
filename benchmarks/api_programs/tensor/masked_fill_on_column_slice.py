# api: torch.Tensor.masked_fill_
import torch
x = torch.zeros(3, 3)
m = torch.tensor([[True, False], [False, True], [True, True]])
x[:, 1:].masked_fill_(m, 2.)
