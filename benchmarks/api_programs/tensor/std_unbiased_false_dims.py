# api: torch.Tensor.std
import torch
x = torch.tensor([[1., 2., 4.], [3., 5., 9.]])
s = x.std(dim=1, unbiased=False)
s2 = x.std(0, keepdim=True)
sall = x.std()
