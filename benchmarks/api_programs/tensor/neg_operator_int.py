# api: torch.Tensor.__neg__
import torch
x = torch.tensor([1, -2, 3], dtype=torch.int16)
n = -x
