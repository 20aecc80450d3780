# api: torch.linalg.solve_ex
import torch
A = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
b = torch.tensor([9.0, 8.0])
x, info = torch.linalg.solve_ex(A, b)
B = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
X = torch.linalg.solve_ex(A, B, left=False).result
