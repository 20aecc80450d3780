# api: torch.nn.functional.cross_entropy
import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 0.0, 3.0], [1.0, 1.0, 1.0]])
target = torch.tensor([0, 2, 1])
mean = F.cross_entropy(logits, target)
total = F.cross_entropy(logits, target, reduction="sum")
each = F.cross_entropy(logits, target, reduction="none")
ignored = F.cross_entropy(logits, torch.tensor([0, -100, 1]))
smooth = F.cross_entropy(logits, target, label_smoothing=0.1)
weighted = F.cross_entropy(logits, target, weight=torch.tensor([1.0, 2.0, 0.5]))
