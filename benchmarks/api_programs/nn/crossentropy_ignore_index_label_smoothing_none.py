# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
logits = torch.sin(torch.arange(12.)).reshape(4, 3)
target = torch.tensor([0, -100, 2, 1])
loss_none = nn.CrossEntropyLoss(reduction="none", label_smoothing=0.2)(logits, target)
loss_mean = nn.CrossEntropyLoss(label_smoothing=0.2)(logits, target)
loss_sum = nn.CrossEntropyLoss(reduction="sum", label_smoothing=0.1, ignore_index=2)(logits, target.clamp(min=0))
