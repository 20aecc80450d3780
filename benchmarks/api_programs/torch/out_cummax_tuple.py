# api: torch.cummax
import torch
x = torch.tensor([1., 3., 2., 5.])
v = torch.empty(4)
i = torch.empty(4, dtype=torch.long)
torch.cummax(x, 0, out=(v, i))
