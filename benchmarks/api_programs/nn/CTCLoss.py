# api: torch.nn.CTCLoss
import torch
import torch.nn as nn
T, N, C = 6, 2, 4
logits = torch.arange(T * N * C, dtype=torch.float32).reshape(T, N, C).sin()
log_probs = logits.log_softmax(2)
targets = torch.tensor([[1, 2, 2], [3, 1, 0]])
input_lengths = torch.tensor([6, 5])
target_lengths = torch.tensor([3, 2])
ctc = nn.CTCLoss(blank=0)
loss = ctc(log_probs, targets, input_lengths, target_lengths)
loss_per_sample = nn.CTCLoss(reduction='none')(log_probs, targets, input_lengths, target_lengths)
