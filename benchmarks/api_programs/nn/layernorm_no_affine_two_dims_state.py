# api: torch.nn.LayerNorm
import torch
import torch.nn as nn
m = nn.LayerNorm([2, 3], elementwise_affine=False)
x = torch.cos(torch.arange(12.)).reshape(2, 2, 3)
out = m(x)
n_params = len(list(m.parameters()))
keys = list(m.state_dict().keys())
weight_none = m.weight is None
shape = m.normalized_shape
