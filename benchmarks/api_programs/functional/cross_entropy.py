# api: torch.nn.functional.cross_entropy
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 0.0, -1.0]])
loss = F.cross_entropy(logits, torch.tensor([2, 0]))
soft = F.cross_entropy(logits, torch.tensor([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]]))
ignored = F.cross_entropy(logits, torch.tensor([-100, 1]))
