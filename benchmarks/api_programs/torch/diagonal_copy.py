# api: torch.diagonal_copy
import torch
A = torch.arange(16.).reshape(4, 4)
d = torch.diagonal_copy(A)
d_off = torch.diagonal_copy(A, offset=2)
batch = torch.arange(18).reshape(2, 3, 3)
per_batch = torch.diagonal_copy(batch, 0, 1, 2)
