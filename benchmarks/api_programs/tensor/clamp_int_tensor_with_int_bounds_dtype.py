# api: torch.Tensor.clamp
import torch
x = torch.tensor([-5, 0, 5], dtype=torch.int32)
c = x.clamp(-2, 2)
dt = c.dtype
