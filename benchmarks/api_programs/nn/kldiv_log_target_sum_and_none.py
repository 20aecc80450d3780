# api: torch.nn.KLDivLoss
import torch
import torch.nn as nn
inp = torch.log_softmax(torch.sin(torch.arange(8.)).reshape(2, 4), dim=1)
tgt = torch.log_softmax(torch.cos(torch.arange(8.)).reshape(2, 4), dim=1)
s = nn.KLDivLoss(reduction="sum", log_target=True)(inp, tgt)
none = nn.KLDivLoss(reduction="none", log_target=True)(inp, tgt)
bm = nn.KLDivLoss(reduction="batchmean")(inp, tgt.exp())
