# api: torch.triangular_solve
import torch
A = torch.tensor([[2.0, 1.0, -1.0], [0.5, 3.0, 2.0], [1.0, -2.0, 4.0]])
b = torch.tensor([[1.0], [2.0], [3.0]])
X, A_clone = torch.triangular_solve(b, A)
lower = torch.triangular_solve(b, A, upper=False)
transposed = torch.triangular_solve(b, A, transpose=True, unitriangular=True).solution
