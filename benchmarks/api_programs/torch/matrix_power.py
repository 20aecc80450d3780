# api: torch.matrix_power
import torch
A = torch.tensor([[1.0, 1.0], [1.0, 0.0]])
cubed = torch.matrix_power(A, 3)
identity = torch.matrix_power(A, 0)
inverse = torch.matrix_power(A, -1)
fib = torch.matrix_power(torch.tensor([[1, 1], [1, 0]]), 10)
