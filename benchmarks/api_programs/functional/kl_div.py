# api: torch.nn.functional.kl_div
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 1.0]])
target = torch.tensor([[0.2, 0.5, 0.3], [0.1, 0.1, 0.8]])
log_probs = F.log_softmax(logits, dim=1)
loss = F.kl_div(log_probs, target, reduction='batchmean')
loss_log_target = F.kl_div(log_probs, target.log(), reduction='sum', log_target=True)
