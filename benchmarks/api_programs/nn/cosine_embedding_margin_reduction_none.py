# api: torch.nn.CosineEmbeddingLoss
import torch
import torch.nn as nn
a = torch.sin(torch.arange(9.)).reshape(3, 3)
b = torch.cos(torch.arange(9.)).reshape(3, 3)
y = torch.tensor([1, -1, -1])
none = nn.CosineEmbeddingLoss(margin=-0.2, reduction="none")(a, b, y)
s = nn.CosineEmbeddingLoss(margin=0.1, reduction="sum")(a, b, y)
