# api: torch.nn.functional.ctc_loss
import torch
import torch.nn.functional as F
log_probs = torch.log_softmax(torch.cos(torch.arange(24.)).reshape(3, 2, 4), 2)
targets = torch.tensor([[1, 2, 3], [1, 1, 0]])
a = F.ctc_loss(log_probs, targets, torch.tensor([3, 3]), torch.tensor([3, 2]), zero_infinity=True, reduction="none")
b = F.ctc_loss(log_probs, targets, torch.tensor([3, 3]), torch.tensor([3, 2]), reduction="none")
