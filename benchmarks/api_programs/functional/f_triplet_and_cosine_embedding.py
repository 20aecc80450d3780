# api: torch.nn.functional.triplet_margin_loss
import torch
import torch.nn.functional as F
a = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
p = torch.tensor([[0.9, 0.1], [0.2, 0.8]])
n = torch.tensor([[0.5, 0.5], [0.0, 0.9]])
t = F.triplet_margin_loss(a, p, n, margin=0.5, p=1, swap=True, reduction="none")
ce = F.cosine_embedding_loss(a, p, torch.tensor([1, -1]), margin=0.1)
