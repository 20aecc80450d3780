# api: torch.Tensor.div
import torch
x = torch.tensor([-0.0, 0.0])
d = 1.0 / x
s = x.sign()
a = x.abs()
