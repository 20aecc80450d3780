# api: torch.Tensor.histc
import torch
x = torch.tensor([1.0, 2.0, 1.0, 0.5, 3.5, 2.5, 4.0])
counts = x.histc(bins=4, min=0, max=4)
auto = x.histc(5)
clipped = x.histc(bins=3, min=1.0, max=3.0)
