# api: torch.Tensor.quantile
import torch
x = torch.tensor([1., 2., 3., 4.])
q = x.quantile(0.5)
q2 = x.quantile(torch.tensor([0.25, 0.75]), interpolation='nearest')
