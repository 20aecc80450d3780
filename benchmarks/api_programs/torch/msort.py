# api: torch.msort
import torch
x = torch.tensor([[3.0, 1.0], [1.0, 4.0], [2.0, 0.0]])
sorted_rows = torch.msort(x)
ints = torch.msort(torch.tensor([5, 2, 8, 1]))
