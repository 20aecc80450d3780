# api: torch.addmm
import torch
M = torch.ones(2, 2)
mat1 = torch.arange(6.).reshape(2, 3)
mat2 = torch.arange(6.).reshape(3, 2)
out = torch.addmm(M, mat1, mat2)
out_scaled = torch.addmm(M, mat1, mat2, beta=0.5, alpha=2)
bias_row = torch.addmm(torch.tensor([1.0, -1.0]), mat1, mat2)
