# api: torch.linalg.inv
import torch
a = torch.tensor([[2.0, 1.0], [1.0, 3.0]])
inv = torch.linalg.inv(a)
