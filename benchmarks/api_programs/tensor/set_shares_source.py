# api: torch.Tensor.set_
import torch
a = torch.zeros(3)
b = torch.arange(4.)
a.set_(b)
b[0] = 9.
r = a.clone()
