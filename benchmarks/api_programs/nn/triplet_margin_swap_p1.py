# api: torch.nn.TripletMarginLoss
import torch
import torch.nn as nn
a = torch.tensor([[0.0, 0.0], [1.0, 1.0]])
p = torch.tensor([[0.5, 0.0], [1.0, 2.0]])
n = torch.tensor([[0.2, 0.1], [3.0, 1.0]])
swap = nn.TripletMarginLoss(margin=1.0, p=1, swap=True, reduction="none")(a, p, n)
plain = nn.TripletMarginLoss(margin=0.5, p=2)(a, p, n)
