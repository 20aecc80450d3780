# api: torch.nn.CrossMapLRN2d
import torch
import torch.nn as nn
lrn = nn.CrossMapLRN2d(3, alpha=1e-2, beta=0.75, k=1.0)
x = torch.arange(20.).reshape(1, 5, 2, 2) / 5
y = lrn(x)
