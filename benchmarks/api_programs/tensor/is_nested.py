# api: torch.Tensor.is_nested
import torch
x = torch.ones(2, 2)
nested = x.is_nested
