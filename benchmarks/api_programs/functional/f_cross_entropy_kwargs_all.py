# api: torch.nn.functional.cross_entropy
import torch
import torch.nn.functional as F
logits = torch.sin(torch.arange(20.)).reshape(5, 4) * 3
target = torch.tensor([3, 0, 1, 1, 2])
w = torch.tensor([1.0, 0.5, 2.0, 1.5])
a = F.cross_entropy(logits, target, weight=w, ignore_index=1, reduction="mean", label_smoothing=0.15)
b = F.cross_entropy(logits, target, w, None, -100, None, "sum")
c = F.cross_entropy(logits, target, reduction="none", label_smoothing=0.5)
