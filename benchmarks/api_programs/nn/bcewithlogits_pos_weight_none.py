# api: torch.nn.BCEWithLogitsLoss
import torch
import torch.nn as nn
logits = torch.tensor([[0.5, -1.0, 2.0], [-0.3, 0.0, 1.2]])
targets = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.5]])
pw = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 2.0, 0.5]))(logits, targets)
none = nn.BCEWithLogitsLoss(reduction="none")(logits, targets)
weighted_sum = nn.BCEWithLogitsLoss(weight=torch.tensor([2.0, 1.0, 1.0]), reduction="sum")(logits, targets)
