# api: torch.nn.KLDivLoss
import torch
import torch.nn as nn
inp = torch.log_softmax(torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 1.0]]), dim=1)
tgt = torch.softmax(torch.tensor([[0.5, 0.5, 2.0], [1.0, 0.0, 0.0]]), dim=1)
batchmean = nn.KLDivLoss(reduction="batchmean")(inp, tgt)
summed = nn.KLDivLoss(reduction="sum")(inp, tgt)
log_t = nn.KLDivLoss(reduction="none", log_target=True)(inp, tgt.log())
