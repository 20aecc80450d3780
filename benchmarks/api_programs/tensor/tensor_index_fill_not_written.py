# api: torch.Tensor.fill_
import torch
x = torch.zeros(4)
idx = torch.tensor([1, 3])
x[idx].fill_(9.)
