# api: torch.Tensor.__abs__
import math
import torch
a = torch.tensor(3.0)
b = torch.tensor(5.0)
lo = min(a, b)
hi = max(a.item(), b.item())
vals = [torch.tensor(2.0), torch.tensor(-1.0), torch.tensor(0.5)]
srt = sorted(vals, key=lambda t: t.item())
srt_vals = [v.item() for v in srt]
total = sum(vals)
ab = abs(torch.tensor([-1.0, 2.0]))
neg = -torch.tensor([1.0])
p2 = 2 ** torch.tensor([1.0, 3.0])
scale = math.sqrt(torch.ones(4, 8).size(-1))
r = round(torch.tensor(1.23456).item(), 2)
