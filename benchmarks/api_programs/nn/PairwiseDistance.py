# api: torch.nn.PairwiseDistance
import torch
import torch.nn as nn
a = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
b = torch.tensor([[1.0, 0.0, 3.0], [1.0, 1.0, 1.0]])
dist = nn.PairwiseDistance()(a, b)
manhattan = nn.PairwiseDistance(p=1, keepdim=True)
dist_l1 = manhattan(a, b)
