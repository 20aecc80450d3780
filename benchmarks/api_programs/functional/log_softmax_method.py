# api: torch.nn.functional.log_softmax
import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 0.0, 3.0]])
lp = F.log_softmax(logits, dim=1)
lp2 = logits.log_softmax(-1)
picked = lp.gather(1, torch.tensor([[0], [2]])).squeeze(1)
