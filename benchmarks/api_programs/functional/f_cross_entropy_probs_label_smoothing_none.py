# api: torch.nn.functional.cross_entropy
import torch
import torch.nn.functional as F
logits = torch.sin(torch.arange(12.)).reshape(4, 3)
probs = torch.softmax(torch.cos(torch.arange(12.)).reshape(4, 3), 1)
a = F.cross_entropy(logits, probs, label_smoothing=0.2, reduction="none")
b = F.cross_entropy(logits, probs, weight=torch.tensor([1.0, 0.5, 2.0]), label_smoothing=0.1, reduction="sum")
