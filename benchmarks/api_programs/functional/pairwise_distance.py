# api: torch.nn.functional.pairwise_distance
import torch
import torch.nn.functional as F
a = torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, -1.0]])
b = torch.tensor([[3.0, 4.0], [1.0, 2.0], [0.0, 3.0]])
dist = F.pairwise_distance(a, b)
dist_l1 = F.pairwise_distance(a, b, p=1.0, keepdim=True)
