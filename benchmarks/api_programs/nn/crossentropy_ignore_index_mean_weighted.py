# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
logits = torch.arange(15.).reshape(5, 3).sin()
target = torch.tensor([0, -100, 2, 1, -100])
mean = nn.CrossEntropyLoss()(logits, target)
w = nn.CrossEntropyLoss(weight=torch.tensor([0.2, 1.0, 3.0]))(logits, target)
none = nn.CrossEntropyLoss(reduction="none")(logits, target)
custom = nn.CrossEntropyLoss(ignore_index=2, reduction="sum")(logits, torch.tensor([0, 1, 2, 1, 2]))
