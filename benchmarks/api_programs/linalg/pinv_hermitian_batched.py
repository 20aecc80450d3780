# api: torch.linalg.pinv
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
P = torch.linalg.pinv(A)
S = torch.tensor([[2.0, 1.0], [1.0, 2.0]])
Ph = torch.linalg.pinv(S, hermitian=True)
Pb = torch.linalg.pinv(torch.stack([S, 2 * S]))
tp = torch.pinverse(A)
