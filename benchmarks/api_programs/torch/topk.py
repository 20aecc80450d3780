# api: torch.topk
import torch
x = torch.tensor([[1, 9, 3], [7, 2, 8]])
values, indices = torch.topk(x, k=2, dim=1, largest=False)
