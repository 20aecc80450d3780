# api: torch.linalg.solve_triangular
import torch
U = torch.tensor([[2.0, 1.0], [0.0, 4.0]])
B = torch.tensor([[3.0, 1.0], [8.0, 4.0]])
X = torch.linalg.solve_triangular(U, B, upper=True)
L = U.t()
Xl = torch.linalg.solve_triangular(L, B, upper=False, left=True)
Xr = torch.linalg.solve_triangular(U, B, upper=True, left=False)
Xu = torch.linalg.solve_triangular(U, B, upper=True, unitriangular=True)
