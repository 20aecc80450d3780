# api: torch.Tensor.triangular_solve
import torch
A = torch.tensor([[2.0, 0.0], [1.0, 3.0]])
b = torch.tensor([[4.0, 2.0], [5.0, 1.0]])
solution, coefficient = b.triangular_solve(A, upper=False)
