# api: torch.nn.PairwiseDistance
import torch
import torch.nn as nn
a = torch.sin(torch.arange(6.)).reshape(2, 3)
b = torch.cos(torch.arange(6.)).reshape(2, 3)
d = nn.PairwiseDistance(p=3, eps=1e-2, keepdim=True)(a, b)
