# api: torch.Tensor.sub
import torch
a = torch.tensor([3, 4, 5])
out = a.sub(1)
out_alpha = a.sub(torch.tensor([1, 1, 1]), alpha=3)
out_float = a.sub(0.5)
