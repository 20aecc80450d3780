# api: torch.nn.functional.hinge_embedding_loss
import torch
import torch.nn.functional as F
x = torch.tensor([[0.3, 1.5], [2.0, -0.5]])
y = torch.tensor([[1.0, -1.0], [-1.0, 1.0]])
none = F.hinge_embedding_loss(x, y, margin=1.0, reduction="none")
mean = F.hinge_embedding_loss(x, y)
