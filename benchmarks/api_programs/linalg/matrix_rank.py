# api: torch.linalg.matrix_rank
import torch
A = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
r = torch.linalg.matrix_rank(A)
S = torch.tensor([[2.0, 1.0], [1.0, 2.0]])
r_herm = torch.linalg.matrix_rank(S, hermitian=True)
r_tol = torch.linalg.matrix_rank(torch.diag(torch.tensor([1.0, 0.01, 1e-4])), atol=0.05)
