# api: torch.nn.functional.pairwise_distance
import torch
import torch.nn.functional as F
a = torch.tensor([[0.0, 1.0, 2.0], [1.0, 1.0, 1.0]])
b = torch.tensor([[1.0, 1.0, 0.0], [1.0, 1.0, 1.0]])
k = F.pairwise_distance(a, b, keepdim=True)
p1 = F.pairwise_distance(a, b, p=1.0, eps=0.1)
pinf = F.pairwise_distance(a, b, p=float("inf"))
one_d = F.pairwise_distance(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 0.0]))
