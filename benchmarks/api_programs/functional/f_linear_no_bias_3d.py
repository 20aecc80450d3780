# api: torch.nn.functional.linear
import torch
import torch.nn.functional as F
x = torch.arange(24.).reshape(2, 3, 4)
w = torch.arange(8.).reshape(2, 4) / 8
out = F.linear(x, w)
out_b = F.linear(x, w, torch.tensor([1.0, -1.0]))
vec = F.linear(torch.ones(4), w)
