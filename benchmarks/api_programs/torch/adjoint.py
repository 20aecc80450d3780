# api: torch.adjoint
import torch
A = torch.arange(6.0).reshape(2, 3)
At = torch.adjoint(A)
batch = torch.arange(24.0).reshape(2, 3, 4)
batch_t = torch.adjoint(batch)
