# api: torch.nn.TripletMarginWithDistanceLoss
import torch
import torch.nn as nn
import torch.nn.functional as F
a = torch.sin(torch.arange(8.)).reshape(2, 4)
p = torch.cos(torch.arange(8.)).reshape(2, 4)
n = torch.sin(torch.arange(8.) + 1).reshape(2, 4)
crit = nn.TripletMarginWithDistanceLoss(distance_function=lambda u, v: 1 - F.cosine_similarity(u, v), margin=0.4, swap=True, reduction="none")
none = crit(a, p, n)
