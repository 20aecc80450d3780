# api: torch.Tensor.unique_consecutive
import torch
x = torch.tensor([1, 1, 2, 2, 3, 1, 1])
u, c = x.unique_consecutive(return_counts=True)
