# api: torch.Tensor.masked_fill_
import torch
scores = torch.arange(9.0).reshape(3, 3)
mask = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
scores.masked_fill_(mask, float('-inf'))
counts = torch.tensor([1, 2, 3, 4])
counts.masked_fill_(counts > 2, 0)
