# api: torch.nn.functional.cross_entropy
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 0.0, -1.0], [0.5, 0.5, 2.0]])
probs = torch.tensor([[0.6, 0.3, 0.1], [0.2, 0.2, 0.6]])
w = torch.tensor([2.0, 1.0, 0.5])
a = F.cross_entropy(logits, probs, weight=w)
b = F.cross_entropy(logits, probs, weight=w, reduction="none", label_smoothing=0.1)
c = F.cross_entropy(logits, probs, reduction="sum")
