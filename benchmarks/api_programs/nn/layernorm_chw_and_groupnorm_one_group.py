# api: torch.nn.LayerNorm
import torch
import torch.nn as nn
x = torch.arange(2 * 3 * 2 * 2, dtype=torch.float32).reshape(2, 3, 2, 2) ** 1.5
ln = nn.LayerNorm([3, 2, 2])
with torch.no_grad():
    ln.weight.copy_(torch.arange(12.).reshape(3, 2, 2) / 12)
    ln.bias.fill_(0.5)
ln_out = ln(x)
gn = nn.GroupNorm(1, 3, eps=1e-5)
gn_out = gn(x)
equal_when_plain = torch.allclose(nn.LayerNorm([3, 2, 2])(x), gn_out, atol=1e-5)
wshape = ln.weight.shape
