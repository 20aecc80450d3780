# api: torch.index_select
import torch
x = torch.arange(12.).view(3, 4)
a = torch.index_select(x, 0, torch.tensor([2, 0]))
b = x.index_select(1, torch.LongTensor([3, 3, 1]))
c = torch.index_select(x, dim=-1, index=torch.tensor([0]))
