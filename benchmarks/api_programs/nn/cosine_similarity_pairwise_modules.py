# api: torch.nn.CosineSimilarity
import torch
import torch.nn as nn
a = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 1.0]])
b = torch.tensor([[1.0, 0.0, 3.0], [1.0, 0.0, 0.0]])
cos0 = nn.CosineSimilarity(dim=0)(a, b)
cos1 = nn.CosineSimilarity(dim=1, eps=1e-6)(a, b)
pd1 = nn.PairwiseDistance(p=1.0)(a, b)
pd_keep = nn.PairwiseDistance(keepdim=True)(a, b)
