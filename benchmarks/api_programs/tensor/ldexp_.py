# api: torch.Tensor.ldexp_
import torch
x = torch.tensor([1.0, 2.0, -1.5])
x.ldexp_(torch.tensor([1, 0, 2]))
