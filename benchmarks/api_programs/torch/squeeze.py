# api: torch.squeeze
import torch
x = torch.zeros(1, 3, 1)
s = torch.squeeze(x)
s0 = torch.squeeze(x, 0)
results = {"s": s.shape, "s0": s0.shape}
