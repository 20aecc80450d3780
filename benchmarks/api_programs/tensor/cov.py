# api: torch.Tensor.cov
import torch
x = torch.tensor([[0.0, 1.0, 2.0, 4.0], [2.0, 1.0, 0.0, -1.0]])
c = x.cov()
c_pop = x.cov(correction=0)
weights = torch.tensor([1, 2, 1, 1])
c_fw = x.cov(fweights=weights)
