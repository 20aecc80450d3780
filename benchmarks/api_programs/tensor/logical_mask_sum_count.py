# api: torch.Tensor.sum
import torch
x = torch.tensor([1.0, -2.0, 3.0])
a = (x > 0).sum()
b = (x > 0).sum().item()
c = (x > 0).float().mean()
d = (x > 0).sum(dtype=torch.int32)
