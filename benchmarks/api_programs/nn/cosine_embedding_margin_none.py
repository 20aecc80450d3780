# api: torch.nn.CosineEmbeddingLoss
import torch
import torch.nn as nn
a = torch.tensor([[1.0, 0.0], [1.0, 1.0], [0.0, 2.0]])
b = torch.tensor([[0.0, 1.0], [1.0, 0.9], [0.1, 1.0]])
y = torch.tensor([1, -1, -1])
loss = nn.CosineEmbeddingLoss(margin=0.2, reduction="none")(a, b, y)
mean = nn.CosineEmbeddingLoss()(a, b, y)
