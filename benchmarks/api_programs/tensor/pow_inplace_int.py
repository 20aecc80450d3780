# api: torch.Tensor.pow_
import torch
x = torch.tensor([1, 2, 3])
x.pow_(2)
