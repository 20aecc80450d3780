# api: torch.linalg.matrix_power
import torch
A = torch.tensor([[2.0, 1.0], [0.0, 1.0]])
p3 = torch.linalg.matrix_power(A, 3)
p0 = torch.linalg.matrix_power(A, 0)
pn = torch.linalg.matrix_power(A, -2)
bat = torch.matrix_power(torch.stack([A, A.t()]), 2)
i3 = torch.linalg.matrix_power(torch.tensor([[1, 1], [0, 1]]), 3)
