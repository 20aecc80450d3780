# api: torch.linalg.svdvals
import torch
A = torch.tensor([[2.0, 0.0, 0.0], [0.0, -3.0, 0.0]])
s = torch.linalg.svdvals(A)
e = torch.linalg.eigvalsh(torch.tensor([[5.0, 2.0], [2.0, 2.0]]))
e_lower = torch.linalg.eigvalsh(torch.tensor([[5.0, 100.0], [2.0, 2.0]]), UPLO='L')
e_upper = torch.linalg.eigvalsh(torch.tensor([[5.0, 2.0], [100.0, 2.0]]), UPLO='U')
