# api: torch.Tensor.zero_
import torch
x = torch.ones(3, 4)
x[1:, ::2].zero_()
