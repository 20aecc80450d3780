# api: torch.nn.MSELoss
import torch
import torch.nn as nn
pred = torch.arange(6.).reshape(2, 3)
tgt = torch.ones(2, 3)
mse_none = nn.MSELoss(reduction="none")(pred, tgt)
mse_sum = nn.MSELoss(reduction="sum")(pred, tgt)
l1_none = nn.L1Loss(reduction="none")(pred, tgt)
l1_sum = nn.L1Loss(reduction="sum")(pred, tgt)
