# api: torch.Tensor.fill_
import torch
x = torch.zeros(3)
x.fill_(torch.tensor(2.5))
y = torch.empty(2, 2).fill_(-1)
