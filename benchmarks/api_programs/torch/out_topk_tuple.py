# api: torch.topk
import torch
x = torch.tensor([3., 1., 4., 1., 5.])
v = torch.empty(2)
i = torch.empty(2, dtype=torch.long)
torch.topk(x, 2, out=(v, i))
