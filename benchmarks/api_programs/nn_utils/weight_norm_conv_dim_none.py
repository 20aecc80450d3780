# api: torch.nn.utils.weight_norm
import torch
import torch.nn as nn
conv = nn.Conv2d(1, 2, 2, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.arange(8.).reshape(2, 1, 2, 2) - 3)
wn = nn.utils.weight_norm(conv, dim=None)
g = wn.weight_g.detach().clone()
g_shape = wn.weight_g.shape
out = wn(torch.ones(1, 1, 3, 3))
per_channel = nn.utils.weight_norm(nn.Conv2d(1, 2, 2), dim=0).weight_g.shape
