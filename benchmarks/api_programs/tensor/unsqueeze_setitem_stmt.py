# api: torch.Tensor.unsqueeze
import torch
x = torch.zeros(3)
x.unsqueeze(0)[0, 1] = 7.
