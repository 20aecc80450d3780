# api: torch.Tensor.sum
import torch
x = torch.tensor([200, 100], dtype=torch.uint8)
s = x.sum()
m = x.max()
