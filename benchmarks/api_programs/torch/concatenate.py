# api: torch.concatenate
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[5, 6]])
stacked = torch.concatenate([a, b], axis=0)
side = torch.concatenate((a, a), axis=1)
flat = torch.concatenate([torch.zeros(2), torch.ones(3)])
