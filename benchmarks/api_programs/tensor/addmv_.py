# api: torch.Tensor.addmv_
import torch
acc = torch.tensor([0.5, -0.5, 1.0])
A = torch.arange(6, dtype=torch.float32).reshape(3, 2)
v = torch.tensor([2.0, -1.0])
acc.addmv_(A, v)
