# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
logits = torch.sin(torch.arange(24.)).reshape(2, 3, 4)
probs = torch.softmax(torch.cos(torch.arange(24.)).reshape(2, 3, 4), dim=1)
loss = nn.CrossEntropyLoss(reduction="none")(logits, probs)
loss_w = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5]))(logits, probs)
