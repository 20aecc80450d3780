# api: torch.linalg.tensorinv
import torch
A = torch.eye(4).reshape(4, 2, 2) * 2
Ai = torch.linalg.tensorinv(A, ind=1)
B = torch.eye(6).reshape(2, 3, 6)
x = torch.linalg.tensorsolve(B, torch.ones(2, 3))
