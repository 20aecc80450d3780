# api: torch.nn.CTCLoss
import torch
import torch.nn as nn
T, N, C = 5, 2, 4
log_probs = torch.log_softmax(torch.sin(torch.arange(T * N * C, dtype=torch.float32)).reshape(T, N, C), dim=2)
targets = torch.tensor([[1, 2], [3, 3]])
loss_sum = nn.CTCLoss(blank=0, reduction="sum")(log_probs, targets, torch.tensor([5, 4]), torch.tensor([2, 2]))
loss_none = nn.CTCLoss(zero_infinity=True, reduction="none")(log_probs, targets, torch.tensor([5, 2]), torch.tensor([2, 2]))
