# api: torch.nn.BCELoss
import torch
import torch.nn as nn
p = torch.tensor([0.9, 0.2, 0.6, 0.999])
t = torch.tensor([1.0, 0.0, 0.0, 1.0])
none = nn.BCELoss(reduction="none")(p, t)
weighted = nn.BCELoss(weight=torch.tensor([1.0, 2.0, 3.0, 4.0]))(p, t)
summed = nn.BCELoss(reduction="sum")(p, t)
extreme = nn.BCELoss()(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0]))
