# api: torch.nn.functional.binary_cross_entropy
import torch
import torch.nn.functional as F
probs = torch.tensor([0.9, 0.2, 0.6, 0.4])
targets = torch.tensor([1.0, 0.0, 1.0, 1.0])
loss = F.binary_cross_entropy(probs, targets)
loss_sum = F.binary_cross_entropy(probs, targets, reduction='sum')
weighted = F.binary_cross_entropy(probs, targets, weight=torch.tensor([1.0, 2.0, 1.0, 0.5]), reduction='none')
