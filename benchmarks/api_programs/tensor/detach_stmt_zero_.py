# api: torch.Tensor.detach
import torch
x = torch.ones(3)
x.detach().zero_()
