# api: torch.Tensor.sqrt
import torch
x = torch.tensor([4.0, 2.0, 0.0])
r = x.sqrt()
