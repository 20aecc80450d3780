# api: torch.max
import torch
x = torch.tensor([[1., 5.], [7., 2.]])
v = torch.empty(2)
i = torch.empty(2, dtype=torch.long)
torch.max(x, 1, out=(v, i))
