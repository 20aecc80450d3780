# api: torch.Tensor.eq
import torch
m = torch.tensor([True, False])
a = m == True
b = m.eq(0)
