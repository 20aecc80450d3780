# api: torch.linalg.eigh
import torch
a = torch.tensor([[2.0, 1.0], [1.0, 2.0]])
vals = torch.linalg.eigh(a).eigenvalues
