# api: torch.Tensor.allclose
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = a + 1e-6
close = a.allclose(b)
far = a.allclose(b + 0.1)
loose = a.allclose(b + 0.1, rtol=0.0, atol=0.2)
