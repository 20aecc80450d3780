# api: torch.Tensor.absolute_
import torch
delta = torch.tensor([-7, 3, 0, -1])
delta.absolute_()
