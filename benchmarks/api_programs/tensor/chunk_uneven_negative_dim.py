# api: torch.Tensor.chunk
import torch
x = torch.arange(10).reshape(2, 5)
parts = x.chunk(3, dim=-1)
n = len(parts)
first = parts[0]
last = parts[-1]
