# api: torch.nn.functional.softmax
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.5, -1.0]])
probs_rows = F.softmax(logits, dim=-1)
probs_cols = F.softmax(logits, 0)
probs_double = F.softmax(logits, dim=1, dtype=torch.float64)
