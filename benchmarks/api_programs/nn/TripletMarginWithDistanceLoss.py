# api: torch.nn.TripletMarginWithDistanceLoss
import torch
import torch.nn as nn
anchor = torch.tensor([[0.0, 1.0], [1.0, 1.0]])
positive = torch.tensor([[0.0, 1.5], [2.0, 1.0]])
negative = torch.tensor([[1.0, 0.0], [1.0, 1.5]])
criterion = nn.TripletMarginWithDistanceLoss(distance_function=nn.PairwiseDistance())
loss = criterion(anchor, positive, negative)
cosine = nn.TripletMarginWithDistanceLoss(
    distance_function=lambda a, b: 1.0 - nn.functional.cosine_similarity(a, b),
    margin=0.5, reduction='none')
loss_cosine = cosine(anchor, positive, negative)
