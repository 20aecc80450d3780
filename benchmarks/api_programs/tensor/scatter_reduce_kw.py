# api: torch.Tensor.scatter
import torch
x = torch.zeros(2, 4)
idx = torch.tensor([[0, 1, 0, 3], [2, 2, 1, 0]])
src = torch.arange(1., 9.).reshape(2, 4)
s = x.scatter(1, idx, src)
s2 = x.scatter(1, idx, 5.0)
