# api: torch.nn.functional.pdist
import torch
import torch.nn.functional as F
points = torch.tensor([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0], [-2.0, 0.0]])
dists = F.pdist(points)
dists_l1 = F.pdist(points, p=1)
