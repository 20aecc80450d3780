# api: torch.Tensor.dist
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 0.0, 3.5])
euclid = a.dist(b)
manhattan = a.dist(b, p=1)
chebyshev = a.dist(b, float("inf"))
