# api: torch.Tensor.permute
import torch
x = torch.zeros(2, 3)
x.permute(1, 0)[0] = 3.
