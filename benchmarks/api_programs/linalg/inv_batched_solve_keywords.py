# api: torch.linalg.inv
import torch
A = torch.tensor([[[4.0, 1.0], [2.0, 3.0]], [[1.0, 0.0], [0.0, 2.0]]])
Ai = torch.linalg.inv(A)
b = torch.tensor([[1.0], [2.0]])
x = torch.linalg.solve(A, b)
xl = torch.linalg.solve(A[0], torch.tensor([1.0, 2.0]))
xr = torch.linalg.solve(A[0], torch.tensor([[1.0, 2.0]]), left=False)
ti = torch.inverse(A[1])
