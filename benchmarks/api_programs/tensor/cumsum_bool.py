# api: torch.Tensor.cumsum
import torch
m = torch.tensor([True, False, True, True])
c = m.cumsum(0)
