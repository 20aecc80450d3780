# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
logits = torch.arange(24.).reshape(2, 3, 4).cos()
target = torch.tensor([[0, 1, 2, 0], [2, 2, 1, -100]])
loss = nn.CrossEntropyLoss()(logits, target)
per = nn.CrossEntropyLoss(reduction="none", label_smoothing=0.1)(logits, target)
