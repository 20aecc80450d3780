# api: torch.multinomial
import torch
torch.manual_seed(0)
p = torch.tensor([[0.2, 0.8], [0.5, 0.5]])
m = torch.multinomial(p, 3, replacement=True)
m1 = torch.multinomial(torch.tensor([0.0, 1.0, 0.0]), 1)
b = torch.bernoulli(torch.full((3,), 0.5))
b1 = torch.bernoulli(torch.ones(2))
po = torch.poisson(torch.ones(3))
results = {"m": (m.shape, m.dtype), "m1": m1, "b": (b.shape, b.dtype), "b1": b1, "po": (po.shape, po.dtype)}
