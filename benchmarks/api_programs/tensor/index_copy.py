# api: torch.Tensor.index_copy
import torch
x = torch.zeros(5, 3)
src = torch.arange(9, dtype=torch.float32).reshape(3, 3)
index = torch.tensor([0, 4, 2])
out = x.index_copy(0, index, src)
