# api: torch.linalg.eigvalsh
import torch
a = torch.tensor([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]])
w = torch.linalg.eigvalsh(a)
w_upper = torch.linalg.eigvalsh(a, UPLO='U')
