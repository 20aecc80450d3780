# api: torch.ctc_loss
import torch
log_probs = torch.log_softmax(torch.cos(torch.arange(30.).reshape(5, 1, 6)), dim=2)
targets = torch.tensor([[1, 3]])
loss = torch.ctc_loss(log_probs, targets, [5], [2], 0, 1, False)
