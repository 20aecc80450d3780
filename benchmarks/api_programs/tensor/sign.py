# api: torch.Tensor.sign
import torch
x = torch.tensor([-7, 0, 4])
s = x.sign()
