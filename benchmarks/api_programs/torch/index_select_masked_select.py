# api: torch.index_select
import torch
x = torch.arange(12).reshape(3, 4)
a = torch.index_select(x, 0, torch.tensor([2, 0]))
b = torch.index_select(x, dim=-1, index=torch.tensor([3, 1]))
m = torch.masked_select(x, x % 3 == 0)
t = torch.take(x, torch.tensor([0, 5, 11]))
