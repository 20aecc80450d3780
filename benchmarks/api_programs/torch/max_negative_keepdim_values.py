# api: torch.max
import torch
x = torch.tensor([[3.0, 1.0, 2.0], [9.0, 7.0, 8.0]])
v = x.max(dim=-1, keepdim=True).values
i = torch.min(x, -2).indices
