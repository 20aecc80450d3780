# api: torch.Tensor.logcumsumexp
import torch
x = torch.tensor([[0.1, 0.2, 0.3], [1.0, -1.0, 0.5]])
out = x.logcumsumexp(dim=1)
