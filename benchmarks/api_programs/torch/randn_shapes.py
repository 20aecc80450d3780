# api: torch.randn
import torch
a = torch.randn(2, 3).shape
b = torch.rand((4,), dtype=torch.float64).dtype
c = torch.randint(0, 10, (3, 2))
c_shape = c.shape
c_dtype = c.dtype
c_in_range = bool(((c >= 0) & (c < 10)).all())
del c
d = torch.randn_like(torch.zeros(2, 2)).shape
e = torch.randint(5, (4,)).dtype
f = torch.randperm(6).sort().values
g = torch.rand(3, 3).uniform_(-1, 1).abs().max() <= 1
h = torch.normal(0.0, 1.0, size=(2, 5)).shape
i = torch.empty(3, 4).normal_().shape
j = torch.bernoulli(torch.full((3,), 0.5)).dtype
k = torch.randint_like(torch.zeros(2, 3), 4).dtype
