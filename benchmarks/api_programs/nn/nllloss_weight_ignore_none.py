# api: torch.nn.NLLLoss
import torch
import torch.nn as nn
logp = torch.log_softmax(torch.arange(12.).reshape(4, 3).sin(), dim=1)
target = torch.tensor([2, 0, 1, 0])
weighted = nn.NLLLoss(weight=torch.tensor([1.0, 0.5, 2.0]))(logp, target)
ignored = nn.NLLLoss(ignore_index=0)(logp, target)
none = nn.NLLLoss(reduction="none", weight=torch.tensor([1.0, 0.5, 2.0]))(logp, target)
summed = nn.NLLLoss(reduction="sum")(logp, target)
