# api: torch.Tensor.add
import torch
a = torch.tensor([120, -120], dtype=torch.int8)
b = a + 10
u = torch.tensor([250, 5], dtype=torch.uint8)
v = u + 10
w = u - 10
