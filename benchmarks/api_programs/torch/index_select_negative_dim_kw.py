# api: torch.index_select
import torch
x = torch.arange(12).reshape(3, 4)
i = torch.tensor([3, 0])
a = torch.index_select(x, -1, i)
b = x.index_select(dim=-2, index=i[1:])
