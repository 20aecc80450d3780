# api: torch.nn.LayerNorm
import torch
import torch.nn as nn
ln = nn.LayerNorm((2, 3), elementwise_affine=False, eps=1e-3)
x = torch.arange(12.).reshape(2, 2, 3)
out = ln(x)
shape = ln.normalized_shape
weight_none = ln.weight is None
n_params = len(list(ln.parameters()))
