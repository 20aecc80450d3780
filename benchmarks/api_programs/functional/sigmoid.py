# api: torch.nn.functional.sigmoid
import torch
import torch.nn.functional as F
logits = torch.tensor([[-3.0, 0.0], [1.0, 5.0]])
probs = F.sigmoid(logits)
