# api: torch.nn.functional.gumbel_softmax
import torch
import torch.nn.functional as F
logits = torch.tensor([[0.0, 50.0, 0.0, 0.0], [60.0, 0.0, 0.0, 0.0]], requires_grad=True)
hard = F.gumbel_softmax(logits, tau=0.8, hard=True)
soft = F.gumbel_softmax(logits, tau=1.0, dim=-1)
results = {"hard": hard.detach(), "soft_argmax": soft.argmax(-1), "row_sums": soft.detach().sum(-1)}
