# api: torch.logit
import torch
p = torch.tensor([0.1, 0.5, 0.9, 0.25])
log_odds = torch.logit(p)
edges = torch.tensor([0.0, 0.5, 1.0])
clamped = torch.logit(edges, eps=1e-6)
