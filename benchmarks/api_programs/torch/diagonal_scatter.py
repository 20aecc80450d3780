# api: torch.diagonal_scatter
import torch
a = torch.zeros(3, 3)
main = torch.diagonal_scatter(a, torch.ones(3))
upper = torch.diagonal_scatter(a, torch.tensor([5.0, 6.0]), 1)
batch = torch.diagonal_scatter(torch.zeros(2, 3, 3), torch.arange(6.0).reshape(2, 3), 0, 1, 2)
