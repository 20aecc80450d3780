# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
logits = torch.sin(torch.arange(30.) * 0.3).reshape(2, 3, 5)
target = torch.tensor([[0, 1, 2, 1, 0], [2, 2, 1, 0, 1]])
crit = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 0.5, 2.0]), ignore_index=1, reduction="sum")
loss = crit(logits, target)
crit_mean = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 0.5, 2.0]), ignore_index=1)
loss_mean = crit_mean(logits, target)
