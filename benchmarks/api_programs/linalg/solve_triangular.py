# api: torch.linalg.solve_triangular
import torch
U = torch.tensor([[2.0, 1.0, -1.0], [0.0, 3.0, 2.0], [0.0, 0.0, 4.0]])
B = torch.tensor([[1.0, 2.0], [3.0, 4.0], [8.0, 4.0]])
X = torch.linalg.solve_triangular(U, B, upper=True)
L = U.T
Y = torch.linalg.solve_triangular(L, B.T, upper=False, left=False)
Z = torch.linalg.solve_triangular(U, B, upper=True, unitriangular=True)
