# api: torch.Tensor.index_reduce_
import torch
x = torch.ones(3, 2)
src = torch.tensor([[2.0, 3.0], [4.0, 5.0], [6.0, 7.0], [8.0, 9.0]])
idx = torch.tensor([0, 2, 0, 1])
x.index_reduce_(0, idx, src, 'prod')
