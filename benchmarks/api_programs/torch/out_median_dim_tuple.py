# api: torch.median
import torch
x = torch.tensor([[3., 1., 2.], [6., 5., 4.]])
v = torch.empty(2)
i = torch.empty(2, dtype=torch.long)
torch.median(x, 1, out=(v, i))
