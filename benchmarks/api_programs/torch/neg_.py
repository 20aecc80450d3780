# api: torch.neg_
import torch
x = torch.tensor([1.0, -2.0, 0.0, 3.5])
torch.neg_(x)
counts = torch.tensor([3, -4, 0])
torch.neg_(counts)
