# api: torch.Tensor.median
import torch
x = torch.tensor([[1.0, 5.0, 2.0, 8.0], [3.0, 3.0, 1.0, 0.0]])
m = x.median()
vals, idx = x.median(dim=1)
