# api: torch.linalg.solve
import torch
A = torch.tensor([[[3.0, 1.0], [1.0, 2.0]], [[1.0, 1.0], [0.0, 1.0]]])
b = torch.tensor([1.0, 1.0])
x = torch.linalg.solve(A, b)
B = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
X = torch.linalg.solve(A, B)
x64 = torch.linalg.solve(A.double(), b.double())
x64_dtype = x64.dtype
