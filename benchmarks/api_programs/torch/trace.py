# api: torch.trace
import torch
t = torch.trace(torch.tensor([[1, 2], [3, 4]]))
