# api: torch.nn.functional.ctc_loss
import torch
import torch.nn.functional as F
T, N, C = 8, 2, 5
logits = torch.sin(torch.arange(T * N * C, dtype=torch.float32).reshape(T, N, C) * 0.7)
log_probs = F.log_softmax(logits, dim=2)
targets = torch.tensor([[1, 2, 3], [4, 4, 0]])
loss = F.ctc_loss(log_probs, targets, torch.tensor([8, 7]), torch.tensor([3, 2]))
each = F.ctc_loss(log_probs, targets, [8, 7], [3, 2], reduction='none')
