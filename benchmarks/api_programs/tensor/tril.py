# api: torch.Tensor.tril
import torch
x = torch.arange(1, 10).reshape(3, 3)
lower = x.tril()
strict_lower = x.tril(-1)
with_super = x.tril(diagonal=1)
