# api: torch.nn.functional.cross_entropy
import torch
import torch.nn.functional as F
logits = torch.arange(24.).reshape(2, 3, 2, 2) / 10
target = torch.tensor([[[0, 1], [2, 0]], [[1, 1], [2, 2]]])
seg = F.cross_entropy(logits, target)
probs = torch.softmax(torch.arange(6.).view(2, 3), dim=1)
soft = F.cross_entropy(torch.ones(2, 3), probs)
