# api: torch.Tensor.log2_
import torch
x = torch.tensor([1.0, 8.0, 0.25, 3.0])
out = x.log2_()
