# api: torch.hinge_embedding_loss
import torch
x = torch.tensor([0.3, 1.5, -0.2, 0.8])
y = torch.tensor([1.0, -1.0, -1.0, 1.0])
total = torch.hinge_embedding_loss(x, y, 1.0, 2)
