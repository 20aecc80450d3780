# api: torch.linalg.tensorsolve
import torch
A = (torch.eye(6) * 2 + torch.diag(torch.ones(5), 1)).reshape(2, 3, 6)
B = torch.arange(6.).reshape(2, 3)
X = torch.linalg.tensorsolve(A, B)
check = torch.tensordot(A, X, dims=X.ndim)
