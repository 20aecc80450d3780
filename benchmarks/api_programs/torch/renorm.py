# api: torch.renorm
import torch
x = torch.tensor([[3.0, 4.0, 0.0], [1.0, 1.0, 1.0], [6.0, 8.0, 0.0]])
capped_rows = torch.renorm(x, p=2, dim=0, maxnorm=5)
capped_cols = torch.renorm(x, 1, 1, 3.0)
