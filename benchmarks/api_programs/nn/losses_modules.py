# api: torch.nn.MSELoss
import torch
import torch.nn as nn
pred = torch.tensor([[0.2, 0.8], [0.6, 0.4], [0.9, 0.1]])
target = torch.tensor([[0.0, 1.0], [1.0, 0.0], [1.0, 0.0]])
mse = nn.MSELoss()(pred, target)
mse_sum = nn.MSELoss(reduction="sum")(pred, target)
l1 = nn.L1Loss()(pred, target)
sl1 = nn.SmoothL1Loss(beta=0.5)(pred, target)
huber = nn.HuberLoss(delta=0.3)(pred, target)
bce = nn.BCELoss()(pred, target)
bcel = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 1.0]))(pred, target)
nll = nn.NLLLoss()(torch.log(pred), torch.tensor([1, 0, 0]))
kl = nn.KLDivLoss(reduction="batchmean")(torch.log(pred), target + 0.01)
cos = nn.CosineEmbeddingLoss()(pred, target, torch.tensor([1, -1, 1]))
margin = nn.MarginRankingLoss(margin=0.1)(pred[:, 0], pred[:, 1], torch.tensor([1.0, -1.0, 1.0]))
