# api: torch.Tensor.allclose
import torch
a = torch.tensor([1., 2.])
b = a + 1e-7
c = a.allclose(b)
d = a.equal(b)
e = a.equal(a.clone())
