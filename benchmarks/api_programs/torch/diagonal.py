# api: torch.diagonal
import torch
A = torch.arange(9.).reshape(3, 3)
main = torch.diagonal(A)
above = torch.diagonal(A, offset=1)
below = torch.diagonal(A, -1)
batch = torch.arange(12).reshape(2, 2, 3)
batch_diag = torch.diagonal(batch, dim1=1, dim2=2)
