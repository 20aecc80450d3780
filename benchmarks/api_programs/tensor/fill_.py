# api: torch.Tensor.fill_
import torch
x = torch.zeros(2, 3)
x.fill_(7.5)
