# api: torch.argsort
import torch
x = torch.tensor([[3, 1, 2], [9, 8, 7]])
idx = torch.argsort(x, dim=-1)
idx_desc = torch.argsort(x, dim=0, descending=True)
