# api: torch.nn.CosineEmbeddingLoss
import torch
import torch.nn as nn
x1 = torch.tensor([[1.0, 0.0, 1.0], [0.5, 0.5, 0.0], [1.0, 2.0, 3.0]])
x2 = torch.tensor([[1.0, 1.0, 0.0], [-0.5, 0.5, 1.0], [1.0, 2.0, 2.5]])
labels = torch.tensor([1, -1, -1])
criterion = nn.CosineEmbeddingLoss(margin=0.1)
loss = criterion(x1, x2, labels)
per_pair = nn.CosineEmbeddingLoss(reduction='none')(x1, x2, labels)
