# api: torch.Tensor.max
import torch
x = torch.tensor([[3., 9., 1.], [7., 2., 8.]])
r = x.max(dim=-1)
vals = r.values
idx = r.indices
first = r[0]
second = r[1]
