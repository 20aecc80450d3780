# api: torch.cosine_embedding_loss
import torch
a = torch.tensor([[1.0, 2.0], [0.5, -1.0]])
b = torch.tensor([[2.0, 1.0], [0.5, 1.0]])
y = torch.tensor([1.0, -1.0])
each = torch.cosine_embedding_loss(a, b, y)
mean = torch.cosine_embedding_loss(a, b, y, 0.1, 1)
