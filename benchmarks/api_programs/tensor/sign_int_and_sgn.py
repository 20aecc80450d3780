# api: torch.Tensor.sign
import torch
x = torch.tensor([-3, 0, 4])
s = x.sign()
g = x.sgn()
