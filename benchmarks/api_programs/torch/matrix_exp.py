# api: torch.matrix_exp
import torch
a = torch.tensor([[0.0, 1.0], [-1.0, 0.0]])
e = torch.matrix_exp(a)
