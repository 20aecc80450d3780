# api: torch.nn.functional.binary_cross_entropy_with_logits
import torch
import torch.nn.functional as F
logits = torch.linspace(-2, 2, 12).reshape(3, 4)
targets = (torch.arange(12).reshape(3, 4) % 3 == 0).float()
a = F.binary_cross_entropy_with_logits(logits, targets, pos_weight=torch.tensor([3.0, 1.0, 1.0, 0.5]))
b = F.binary_cross_entropy_with_logits(logits, targets, weight=torch.tensor([[1.0], [2.0], [0.5]]), reduction="none")
c = F.binary_cross_entropy_with_logits(logits, targets, reduction="sum")
