# api: torch.linalg.eigvals
import torch
A = torch.tensor([[2.0, 0.0], [0.0, 3.0]])
ev = torch.linalg.eigvals(A)
ev_real = ev.real
