# api: torch.linalg.cond
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
c = torch.linalg.cond(A)
c1 = torch.linalg.cond(A, p=1)
cf = torch.linalg.cond(A, 'fro')
cinf = torch.linalg.cond(A, float('inf'))
