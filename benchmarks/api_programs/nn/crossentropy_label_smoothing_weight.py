# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [-1.0, 3.0, 0.0], [1.0, 1.0, 1.0]])
target = torch.tensor([0, 2, 1, 1])
w = torch.tensor([1.0, 2.0, 0.5])
smooth = nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target)
weighted_smooth = nn.CrossEntropyLoss(weight=w, label_smoothing=0.2)(logits, target)
per_sample = nn.CrossEntropyLoss(weight=w, reduction="none")(logits, target)
summed = nn.CrossEntropyLoss(reduction="sum", ignore_index=1)(logits, target)
