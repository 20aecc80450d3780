# api: torch.nn.LocalResponseNorm
import torch
import torch.nn as nn
x = torch.sin(torch.arange(40.)).reshape(1, 5, 2, 4)
out = nn.LocalResponseNorm(3, alpha=0.5, beta=0.9, k=2.0)(x)
