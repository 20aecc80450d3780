# api: torch.Tensor.matrix_exp
import torch
A = torch.tensor([[0.0, 1.0], [-1.0, 0.0]])
rotation = A.matrix_exp()
diag_exp = torch.diag(torch.tensor([1.0, 2.0])).matrix_exp()
