# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
logits = torch.tensor([0.5, -1.0, 2.0])
loss = nn.CrossEntropyLoss()(logits, torch.tensor(2))
