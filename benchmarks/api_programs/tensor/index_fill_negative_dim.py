# api: torch.Tensor.index_fill
import torch
x = torch.arange(6.).reshape(2, 3)
r = x.index_fill(-1, torch.tensor([0, 2]), -1.)
