# api: torch.sigmoid
import torch
logits = torch.tensor([2.0, -1.0, 0.5, -3.0])
targets = torch.tensor([1.0, 0.0, 0.0, 0.0])
probs = torch.sigmoid(logits)
preds = (probs >= 0.5).float()
tp = ((preds == 1) & (targets == 1)).sum().item()
fp = ((preds == 1) & (targets == 0)).sum().item()
precision = tp / max(tp + fp, 1)
bce = torch.nn.functional.binary_cross_entropy(probs, targets)
