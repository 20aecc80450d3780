# api: torch.nn.NLLLoss
import torch
import torch.nn as nn
logp = torch.log_softmax(torch.sin(torch.arange(36.)).reshape(1, 4, 3, 3), dim=1)
target = torch.tensor([[[0, 1, 2], [3, 3, 0], [1, 2, 3]]])
loss_sum = nn.NLLLoss(weight=torch.tensor([1.0, 2.0, 0.5, 1.5]), reduction="sum")(logp, target)
loss_none = nn.NLLLoss(ignore_index=3, reduction="none")(logp, target)
loss_mean = nn.NLLLoss(weight=torch.tensor([1.0, 2.0, 0.5, 1.5]), ignore_index=0)(logp, target)
