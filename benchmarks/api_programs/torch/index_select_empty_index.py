# api: torch.index_select
import torch
x = torch.arange(12).reshape(3, 4)
i = torch.tensor([], dtype=torch.long)
a = torch.index_select(x, 0, i)
b = x.index_select(1, i)
