# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
ce = nn.CrossEntropyLoss(ignore_index=3, reduction="sum", label_smoothing=0.1)
ce_attrs = (ce.ignore_index, ce.reduction, ce.label_smoothing)
bce = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))
pos = bce.pos_weight
mse = nn.MSELoss(reduction="none")
mse_red = mse.reduction
sl1 = nn.SmoothL1Loss(beta=0.3)
beta = sl1.beta
