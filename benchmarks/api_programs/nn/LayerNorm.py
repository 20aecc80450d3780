# api: torch.nn.LayerNorm
import torch
import torch.nn as nn
ln = nn.LayerNorm(4, elementwise_affine=False)
y = ln(torch.arange(8.).reshape(2, 4))
