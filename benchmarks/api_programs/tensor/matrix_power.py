# api: torch.Tensor.matrix_power
import torch
A = torch.tensor([[1, 1], [1, 0]])
fib = A.matrix_power(5)
identity = A.matrix_power(0)
inverse = torch.tensor([[2.0, 0.0], [0.0, 4.0]]).matrix_power(-1)
