# api: torch.nn.functional.pdist
import torch
import torch.nn.functional as F
x = torch.tensor([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]])
pd = F.pdist(x)
pd1 = F.pdist(x, p=1)
pair = F.pairwise_distance(x, x.flip(0), keepdim=True)
