# api: torch.triplet_margin_loss
import torch
a = torch.tensor([[0.0, 1.0], [1.0, 1.0]])
p = torch.tensor([[0.0, 0.5], [1.0, 0.0]])
n = torch.tensor([[1.0, 1.0], [0.0, 0.0]])
loss = torch.triplet_margin_loss(a, p, n, 1.0, 2.0, 1e-6, False, 1)
