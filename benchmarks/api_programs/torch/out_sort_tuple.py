# api: torch.sort
import torch
x = torch.tensor([3., 1., 2.])
v = torch.empty(3)
i = torch.empty(3, dtype=torch.long)
torch.sort(x, descending=True, out=(v, i))
