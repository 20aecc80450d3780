# api: torch.linalg.det
import torch
A = torch.tensor([[[2.0, 1.0], [1.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]]], dtype=torch.float64)
d = torch.linalg.det(A)
d_dtype = d.dtype
sd = torch.det(A[0])
ld = torch.logdet(A[0])
