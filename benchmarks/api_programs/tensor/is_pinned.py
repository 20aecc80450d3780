# api: torch.Tensor.is_pinned
import torch
x = torch.zeros(4)
pinned = x.is_pinned()
