# api: torch.Tensor.addcmul
import torch
a = torch.zeros(3)
t1 = torch.tensor([1., 2., 3.])
t2 = torch.tensor([4., 5., 6.])
r = a.addcmul(t1, t2, value=0.5)
