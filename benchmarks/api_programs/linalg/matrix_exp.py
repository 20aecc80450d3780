# api: torch.linalg.matrix_exp
import torch
A = torch.tensor([[0.0, 1.0], [-1.0, 0.0]])
E = torch.linalg.matrix_exp(A)
D = torch.linalg.matrix_exp(torch.tensor([[[1.0, 0.0], [0.0, 2.0]], [[0.5, 0.5], [0.0, 0.5]]]))
