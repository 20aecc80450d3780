# api: torch.nn.TripletMarginLoss
import torch
import torch.nn as nn
a = torch.sin(torch.arange(12.)).reshape(3, 4)
p = torch.cos(torch.arange(12.)).reshape(3, 4)
n = torch.sin(torch.arange(12.) * 0.5).reshape(3, 4)
none = nn.TripletMarginLoss(margin=0.5, p=3, eps=1e-3, reduction="none")(a, p, n)
swap = nn.TripletMarginLoss(margin=2.0, swap=True, reduction="sum")(a, p, n)
