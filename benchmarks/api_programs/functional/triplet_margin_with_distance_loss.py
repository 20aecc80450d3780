# api: torch.nn.functional.triplet_margin_with_distance_loss
import torch
import torch.nn.functional as F
a = torch.tensor([[0.0, 1.0]])
p = torch.tensor([[0.0, 0.0]])
n = torch.tensor([[2.0, 0.0]])
loss = F.triplet_margin_with_distance_loss(a, p, n, margin=0.5)
