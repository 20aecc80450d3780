# api: torch.nn.CTCLoss
import torch
import torch.nn as nn
T, N, C = 6, 2, 4
log_probs = torch.log_softmax(torch.sin(torch.arange(T * N * C, dtype=torch.float32)).reshape(T, N, C), dim=2)
targets = torch.tensor([[0, 1, 1], [2, 0, 0]])
input_lengths = torch.tensor([6, 5])
target_lengths = torch.tensor([3, 2])
loss_none = nn.CTCLoss(blank=3, reduction="none")(log_probs, targets, input_lengths, target_lengths)
loss_mean = nn.CTCLoss(blank=3)(log_probs, targets, input_lengths, target_lengths)
