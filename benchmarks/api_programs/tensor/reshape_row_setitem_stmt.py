# api: torch.Tensor.reshape
import torch
x = torch.zeros(6)
x.reshape(2, 3)[0] = 1.
