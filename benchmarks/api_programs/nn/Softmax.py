# api: torch.nn.Softmax
import torch
import torch.nn as nn
softmax = nn.Softmax(dim=-1)
logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
probs = softmax(logits)
probs_cols = nn.Softmax(0)(logits)
