# api: torch.Tensor.masked_fill_
import torch
x = torch.zeros(2, 3)
t = x.t()
t.masked_fill_(torch.tensor([[True, False], [False, False], [False, True]]), 1.)
