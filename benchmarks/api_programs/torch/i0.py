# api: torch.i0
import torch
x = torch.arange(5, dtype=torch.float32)
y = torch.i0(x)
neg = torch.i0(torch.tensor([-1.0, -2.5]))
