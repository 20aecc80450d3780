# api: torch.Tensor.addr
import torch
m = torch.zeros(2, 3)
out = m.addr(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 0.0, -1.0]))
