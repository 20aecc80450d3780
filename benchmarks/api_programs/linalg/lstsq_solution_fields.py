# api: torch.linalg.lstsq
import torch
A = torch.tensor([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
B = torch.tensor([[1.0], [2.0], [2.0]])
sol = torch.linalg.lstsq(A, B).solution
res = torch.linalg.lstsq(A, B)
sol0 = res[0]
