# api: torch.randint
import torch
torch.manual_seed(123)
a = torch.randint(0, 10, (3, 4))
b = torch.randint(5, (2,))
c = torch.rand(2, 3, dtype=torch.float64)
d = torch.randn(4)
e = torch.randperm(6)
f = torch.randint_like(torch.zeros(2, 2), 3)
g = torch.normal(0.0, 1.0, size=(2, 2))
results = {"a": (a.shape, a.dtype, bool(((a >= 0) & (a < 10)).all())),
           "b": (b.shape, b.dtype), "c": (c.shape, c.dtype), "d": d.shape,
           "e": (e.shape, e.dtype, sorted(e.tolist())), "f": (f.shape, f.dtype), "g": g.shape}
