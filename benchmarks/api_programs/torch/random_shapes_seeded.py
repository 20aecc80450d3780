# api: torch.manual_seed
import torch
torch.manual_seed(42)
a = torch.rand(3, 4)
a_range = bool(((a >= 0) & (a < 1)).all())
a_shape = a.shape
b = torch.randn(1000)
b_stats = abs(b.mean().item()) < 0.2 and abs(b.std().item() - 1) < 0.2
c = torch.multinomial(torch.tensor([0.1, 0.0, 0.9]), 5, replacement=True)
c_ok = bool((c != 1).all())
c_shape = c.shape
c_dtype = c.dtype
d = torch.randint(low=2, high=5, size=(10,))
d_ok = bool(((d >= 2) & (d < 5)).all())
d_dtype = d.dtype
e = torch.randperm(10)
e_sorted = torch.sort(e).values
f = torch.randn(2, 3, dtype=torch.float64).dtype
g = torch.rand(2, generator=torch.Generator().manual_seed(1)).shape
h = torch.empty(3).uniform_(2, 3)
h_ok = bool(((h >= 2) & (h <= 3)).all())
i = torch.normal(mean=torch.zeros(3), std=torch.ones(3)).shape
j = torch.rand(4).argsort().sort().values
del a, b, c, d, e, h
