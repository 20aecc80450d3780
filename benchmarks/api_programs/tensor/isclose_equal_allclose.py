# api: torch.Tensor.isclose
import torch
a = torch.tensor([1.0, float('nan'), 2.0])
b = torch.tensor([1.0 + 1e-9, float('nan'), 2.1])
c = a.isclose(b)
d = a.isclose(b, equal_nan=True)
e = a.equal(a)
