# api: torch.Tensor.copy_
import torch
dst = torch.zeros(2, 3)
src = torch.arange(6, dtype=torch.float32).reshape(2, 3)
dst.copy_(src)
row_dst = torch.zeros(3, 2)
row_dst.copy_(torch.tensor([7.0, 8.0]))
ints = torch.zeros(3, dtype=torch.int64)
ints.copy_(torch.tensor([1.7, 2.2, -3.9]))
