# api: torch.masked_select
import torch
x = torch.tensor([[1, -2], [-3, 4]])
pos = torch.masked_select(x, x > 0)
