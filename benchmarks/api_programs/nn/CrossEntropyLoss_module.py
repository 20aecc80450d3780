# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
crit = nn.CrossEntropyLoss(ignore_index=1, reduction="mean")
logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 0.0, 3.0]], requires_grad=True)
loss = crit(logits, torch.tensor([1, 2]))
loss.backward()
g = logits.grad
