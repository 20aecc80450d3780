# api: torch.Tensor.copysign_
import torch
x = torch.tensor([1.0, -2.0, 3.0])
x.copysign_(-1)
