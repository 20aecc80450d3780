# api: torch.unique_consecutive
import torch
x = torch.tensor([1, 1, 2, 3, 3, 3, 1])
u, inv, c = torch.unique_consecutive(x, return_inverse=True, return_counts=True)
