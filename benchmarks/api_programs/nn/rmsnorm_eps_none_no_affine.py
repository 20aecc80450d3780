# api: torch.nn.RMSNorm
import torch
import torch.nn as nn
x = torch.sin(torch.arange(12.)).reshape(2, 6)
a = nn.RMSNorm(6, elementwise_affine=False)(x)
b = nn.RMSNorm([6], eps=0.5)(x)
