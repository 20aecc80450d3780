# api: torch.linalg.vecdot
import torch
v = torch.linalg.vecdot(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[1.0, 1.0], [0.5, 0.5]]))
