# api: torch.linalg.diagonal
import torch
A = torch.arange(24.).reshape(2, 3, 4)
d = torch.linalg.diagonal(A)
d_off = torch.linalg.diagonal(A, offset=1)
d_first = torch.linalg.diagonal(A, dim1=0, dim2=1)
