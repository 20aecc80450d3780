# api: torch.Tensor.adjoint
import torch
A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
At = A.adjoint()
double_adjoint = A.adjoint().adjoint()
