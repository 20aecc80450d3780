# api: torch.Tensor.mvlgamma
import torch
x = torch.tensor([2.5, 3.0, 4.5])
g1 = x.mvlgamma(1)
g3 = x.mvlgamma(p=3)
