# api: torch.linalg.det
import torch
d = torch.linalg.det(torch.tensor([[2.0, 0.0], [1.0, 3.0]]))
