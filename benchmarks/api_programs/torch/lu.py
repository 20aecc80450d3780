# api: torch.lu
import torch
A = torch.tensor([[4.0, 3.0, 2.0], [2.0, 1.0, 3.0], [3.0, 2.0, 1.0]])
A_LU, pivots = torch.lu(A)
batch = torch.stack([A, A.t()])
batch_LU, batch_pivots = torch.lu(batch)
