# api: torch.index_select
import torch
x = torch.arange(12.).view(3, 4)
cols = torch.index_select(x, 1, torch.tensor([3, 1]))
