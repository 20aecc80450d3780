# api: torch.Tensor.__iter__
import torch
x = torch.arange(6).reshape(3, 2)
n = len(x)
rows = [r.tolist() for r in x]
pairs = [(i, int(r.sum())) for i, r in enumerate(x)]
a, b, c = x
z = [float(u + v) for u, v in zip(x[:, 0], x[:, 1])]
