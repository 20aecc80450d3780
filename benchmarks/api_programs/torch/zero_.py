# api: torch.zero_
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
torch.zero_(x)
counts = torch.tensor([5, 6, 7])
torch.zero_(counts)
