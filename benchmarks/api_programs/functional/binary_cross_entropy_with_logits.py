# api: torch.nn.functional.binary_cross_entropy_with_logits
import torch
import torch.nn.functional as F
logits = torch.tensor([0.5, -1.0, 2.0])
target = torch.tensor([1.0, 0.0, 1.0])
loss = F.binary_cross_entropy_with_logits(logits, target)
weighted = F.binary_cross_entropy_with_logits(logits, target, pos_weight=torch.tensor([2.0, 2.0, 2.0]), reduction='sum')
