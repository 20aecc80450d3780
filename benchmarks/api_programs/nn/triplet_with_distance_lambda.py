# api: torch.nn.TripletMarginWithDistanceLoss
import torch
import torch.nn as nn
import torch.nn.functional as F
a = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
p = torch.tensor([[0.9, 0.2], [0.1, 0.8], [1.0, 0.5]])
n = torch.tensor([[0.0, 1.0], [1.0, 0.0], [0.5, 1.0]])
cos_loss = nn.TripletMarginWithDistanceLoss(distance_function=lambda x, y: 1.0 - F.cosine_similarity(x, y), margin=0.5)(a, p, n)
l1_loss = nn.TripletMarginWithDistanceLoss(distance_function=nn.PairwiseDistance(p=1), swap=True, reduction="none")(a, p, n)
default = nn.TripletMarginWithDistanceLoss()(a, p, n)
