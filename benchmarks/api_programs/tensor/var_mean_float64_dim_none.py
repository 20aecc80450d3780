# api: torch.Tensor.var
import torch
x = torch.tensor([[1., 2.], [3., 5.]], dtype=torch.float64)
v = x.var()
u = x.var(unbiased=False)
