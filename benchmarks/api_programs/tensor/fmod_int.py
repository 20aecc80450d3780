# api: torch.Tensor.fmod
import torch
a = torch.tensor([5, -5, 7, -7])
r = a.fmod(3)
