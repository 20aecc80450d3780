# api: torch.Tensor.msort
import torch
x = torch.tensor([[3, 1], [1, 4], [2, 0]])
sorted_rows = x.msort()
