# api: torch.linalg.eigvals
import torch
a = torch.tensor([[2.0, 0.0], [0.0, 3.0]])
ev = torch.linalg.eigvals(a)
