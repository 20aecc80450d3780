# api: torch.concat
import torch
a = torch.arange(6.).reshape(2, 3)
b = torch.ones(2, 3)
rows = torch.concat((a, b))
cols = torch.concat([a, b], dim=1)
ints = torch.concat([torch.tensor([1, 2]), torch.tensor([3])], 0)
