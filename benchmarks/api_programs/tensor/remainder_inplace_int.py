# api: torch.Tensor.remainder_
import torch
x = torch.tensor([7, -7])
x.remainder_(3)
