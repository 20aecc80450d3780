# api: torch.min
import torch
x = torch.tensor([[1., 5.], [7., 2.]])
v = torch.empty(1, 2)
i = torch.empty(1, 2, dtype=torch.long)
torch.min(x, dim=0, keepdim=True, out=(v, i))
