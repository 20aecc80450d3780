# api: torch.Tensor.sign
import torch
x = torch.tensor([-0., 0., -2., 3., float('nan')])
s = x.sign()
sb = x.signbit()
