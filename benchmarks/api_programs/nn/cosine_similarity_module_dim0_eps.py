# api: torch.nn.CosineSimilarity
import torch
import torch.nn as nn
a = torch.sin(torch.arange(6.)).reshape(2, 3)
b = torch.cos(torch.arange(6.)).reshape(2, 3)
d = nn.CosineSimilarity(dim=0, eps=1e-3)(a, b)
