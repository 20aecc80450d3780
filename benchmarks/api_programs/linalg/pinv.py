# api: torch.linalg.pinv
import torch
p = torch.linalg.pinv(torch.tensor([[1.0, 2.0], [2.0, 4.0], [0.0, 1.0]]))
