# api: torch.Tensor.mH
import torch
A = torch.tensor([[1 + 1j, 2 - 1j], [3 + 0j, 4j]])
A_H = A.mH
R = torch.arange(6.0).reshape(2, 3)
R_H = R.mH
