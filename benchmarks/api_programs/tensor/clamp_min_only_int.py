# api: torch.Tensor.clamp
import torch
x = torch.tensor([-3, 0, 5, 10])
a = x.clamp(min=0)
b = x.clamp(max=4)
c = x.clamp(-1, 6)
d = x.clamp(0.5, 2.5)
