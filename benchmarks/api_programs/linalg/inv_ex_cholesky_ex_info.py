# api: torch.linalg.inv_ex
import torch
A = torch.tensor([[2.0, 0.0], [0.0, 4.0]])
inv, info = torch.linalg.inv_ex(A)
L, info2 = torch.linalg.cholesky_ex(A)
info_dtype = info.dtype
r = torch.linalg.inv_ex(A)
r_inv = r.inverse
