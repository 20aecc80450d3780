# api: torch.Tensor.remainder_
import torch
x = torch.tensor([5, -7, 9])
x.remainder_(4)
