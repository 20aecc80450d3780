# api: torch.nn.HingeEmbeddingLoss
import torch
import torch.nn as nn
x = torch.tensor([0.3, 1.5, 2.5, -0.5])
y = torch.tensor([1, -1, -1, 1])
none = nn.HingeEmbeddingLoss(margin=2.0, reduction="none")(x, y)
mean = nn.HingeEmbeddingLoss(margin=0.5)(x, y)
