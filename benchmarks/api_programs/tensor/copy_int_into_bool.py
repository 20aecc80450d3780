# api: torch.Tensor.copy_
import torch
x = torch.zeros(3, dtype=torch.bool)
x.copy_(torch.tensor([0, 2, -1]))
