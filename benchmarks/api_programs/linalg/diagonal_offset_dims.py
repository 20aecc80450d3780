# api: torch.linalg.diagonal
import torch
A = torch.arange(18, dtype=torch.float32).reshape(2, 3, 3)
d = torch.linalg.diagonal(A)
d1 = torch.linalg.diagonal(A, offset=1)
d2 = torch.linalg.diagonal(A, offset=-1, dim1=-1, dim2=-2)
