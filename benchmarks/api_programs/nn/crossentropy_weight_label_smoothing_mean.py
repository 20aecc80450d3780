# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
logits = torch.cos(torch.arange(15.)).reshape(5, 3)
target = torch.tensor([0, 1, 2, 2, 1])
w = torch.tensor([0.2, 1.0, 3.0])
loss = nn.CrossEntropyLoss(weight=w, label_smoothing=0.3)(logits, target)
loss_none = nn.CrossEntropyLoss(weight=w, label_smoothing=0.3, reduction="none")(logits, target)
