# api: torch.vmap
import torch
x = torch.arange(12.0).reshape(4, 3)
y = torch.ones(4, 3) * 2
batched_dot = torch.vmap(torch.dot)(x, y)
scaled = torch.vmap(lambda row, w: row * w, in_dims=(0, None))(x, torch.tensor([1.0, 10.0, 100.0]))
columns = torch.vmap(lambda col: col.cumsum(0), in_dims=1, out_dims=1)(x)
