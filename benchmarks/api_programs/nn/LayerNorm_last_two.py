# api: torch.nn.LayerNorm
import torch
import torch.nn as nn
ln = nn.LayerNorm([3, 4], eps=1e-6, elementwise_affine=True)
x = torch.arange(24.).reshape(2, 3, 4) ** 0.5
y = ln(x)
w = ln.weight
ln2 = nn.LayerNorm(4, elementwise_affine=False)
z = ln2(x)
