# api: torch.linalg.matrix_rank
import torch
A = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
r = torch.linalg.matrix_rank(A)
r_full = torch.linalg.matrix_rank(torch.eye(3))
r_tol = torch.linalg.matrix_rank(torch.diag(torch.tensor([1.0, 1e-3])), atol=1e-2)
r_batched = torch.linalg.matrix_rank(torch.stack([A, torch.eye(2)]))
r_dtype = r.dtype
