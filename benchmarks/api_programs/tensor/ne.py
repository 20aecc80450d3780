# api: torch.Tensor.ne
import torch
x = torch.tensor([1.0, 2.0, 3.0])
out = x.ne(torch.tensor([1.0, 0.0, 3.0]))
