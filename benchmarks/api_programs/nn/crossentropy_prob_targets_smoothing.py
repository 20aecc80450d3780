# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
logits = torch.tensor([[1.0, 2.0, 0.0], [0.5, -0.5, 1.5]])
probs = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.5, 0.5]])
mean_loss = nn.CrossEntropyLoss()(logits, probs)
none_loss = nn.CrossEntropyLoss(reduction="none")(logits, probs)
smoothed = nn.CrossEntropyLoss(label_smoothing=0.3)(logits, probs)
