# api: torch.nn.LogSoftmax
import torch
import torch.nn as nn
logits = torch.tensor([[2.0, 1.0, 0.1], [0.0, 0.0, 0.0]])
log_probs = nn.LogSoftmax(dim=1)(logits)
log_probs_cols = nn.LogSoftmax(0)(logits)
