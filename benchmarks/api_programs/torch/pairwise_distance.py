# api: torch.pairwise_distance
import torch
a = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[3.0, 4.0], [1.0, 2.0]])
d = torch.pairwise_distance(a, b)
