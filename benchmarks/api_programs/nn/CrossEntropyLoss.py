# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
loss_fn = nn.CrossEntropyLoss()
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
target = torch.tensor([0, 2])
loss = loss_fn(logits, target)
smooth = nn.CrossEntropyLoss(label_smoothing=0.1, reduction='sum')(logits, target)
