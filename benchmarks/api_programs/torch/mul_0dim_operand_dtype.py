# api: torch.mul
import torch
x = torch.ones(3)
s64 = torch.tensor(0.5, dtype=torch.float64)
prod = x * s64
i = torch.arange(3)
si = torch.tensor(2, dtype=torch.int32)
isum = i + si
h = torch.ones(2, dtype=torch.float16)
hs = h * torch.tensor(3.0)
