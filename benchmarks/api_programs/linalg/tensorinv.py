# api: torch.linalg.tensorinv
import torch
A = (torch.eye(6) * 2 + torch.diag(torch.ones(5), 1)).reshape(2, 3, 6)
Ainv = torch.linalg.tensorinv(A, ind=2)
B = torch.tensor([[4.0, 1.0], [2.0, 3.0]]).reshape(2, 2)
Binv = torch.linalg.tensorinv(B, 1)
