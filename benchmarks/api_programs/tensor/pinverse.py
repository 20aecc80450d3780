# api: torch.Tensor.pinverse
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
A_pinv = A.pinverse()
singular_pinv = torch.tensor([[1.0, 0.0], [0.0, 0.0]]).pinverse(rcond=1e-10)
