# api: torch.Tensor.log2
import torch
x = torch.tensor([1.0, 8.0, 0.5])
out = x.log2()
