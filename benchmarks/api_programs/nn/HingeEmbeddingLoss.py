# api: torch.nn.HingeEmbeddingLoss
import torch
import torch.nn as nn
distances = torch.tensor([[0.2, 1.5], [0.9, 0.1]])
labels = torch.tensor([[1.0, -1.0], [-1.0, 1.0]])
loss = nn.HingeEmbeddingLoss()(distances, labels)
criterion = nn.HingeEmbeddingLoss(margin=0.5, reduction='sum')
loss_sum = criterion(distances, labels)
