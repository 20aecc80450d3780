# api: torch.var
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
v = torch.var(x, dim=1)
v_all = torch.var(x, unbiased=False)
