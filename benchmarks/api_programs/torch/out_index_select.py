# api: torch.index_select
import torch
x = torch.arange(6.).view(3, 2)
o = torch.empty(2, 2)
torch.index_select(x, 0, torch.tensor([2, 0]), out=o)
