# api: torch.linalg.matrix_norm
import torch
A = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[0.0, 1.0], [1.0, 0.0]]])
fro = torch.linalg.matrix_norm(A)
one = torch.linalg.matrix_norm(A, ord=1)
inf = torch.linalg.matrix_norm(A, ord=float('inf'))
two = torch.linalg.matrix_norm(A, ord=2)
neg2 = torch.linalg.matrix_norm(A, ord=-2)
nuc = torch.linalg.matrix_norm(A, 'nuc', keepdim=True)
