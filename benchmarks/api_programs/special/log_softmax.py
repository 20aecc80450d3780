# api: torch.special.log_softmax
import torch
logits = torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.5, -1.0]])
lp = torch.special.log_softmax(logits, dim=1)
lp0 = torch.special.log_softmax(logits, 0)
lp64 = torch.special.log_softmax(logits, dim=-1, dtype=torch.float64)
