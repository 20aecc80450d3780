# api: torch.rand
import torch
torch.manual_seed(42)
a = torch.rand(size=(2, 3))
b = torch.randn((4,), dtype=torch.float64)
c = torch.randint(low=2, high=5, size=(3,))
d = torch.randint(3, 10, (2, 2), dtype=torch.int32)
e = torch.randperm(4, dtype=torch.int32)
results = {"a": (a.shape, a.dtype, bool((a >= 0).all() and (a < 1).all())), "b": (b.shape, b.dtype),
           "c": (c.shape, c.dtype, bool(((c >= 2) & (c < 5)).all())), "d": (d.shape, d.dtype),
           "e": (e.shape, e.dtype, sorted(e.tolist()))}
