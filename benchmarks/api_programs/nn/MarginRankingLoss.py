# api: torch.nn.MarginRankingLoss
import torch
import torch.nn as nn
crit = nn.MarginRankingLoss(margin=0.5)
loss = crit(torch.tensor([1.0, 2.0, 0.0]), torch.tensor([2.0, 1.0, 0.5]), torch.tensor([1.0, -1.0, 1.0]))
