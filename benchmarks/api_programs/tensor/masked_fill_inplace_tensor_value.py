# api: torch.Tensor.masked_fill_
import torch
x = torch.zeros(2, 3)
r = x.masked_fill_(torch.tensor([[True, False, True], [False, False, True]]), torch.tensor(4.))
