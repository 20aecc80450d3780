# api: torch.binary_cross_entropy_with_logits
import torch
logits = torch.tensor([[0.2, -1.0], [2.0, 0.5]])
target = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
loss = torch.binary_cross_entropy_with_logits(logits, target, None, torch.tensor([2.0, 1.0]), 1)
