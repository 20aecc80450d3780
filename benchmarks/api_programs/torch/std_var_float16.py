# api: torch.std
import torch
x = torch.tensor([1.0, 2.0, 4.0], dtype=torch.float16)
v = x.float().var()
s = torch.std(x.float())
m = x.float().mean().half().dtype
