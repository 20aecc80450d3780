# api: torch.Tensor.ne_
import torch
x = torch.tensor([1, 2, 3, 2])
x.ne_(2)
