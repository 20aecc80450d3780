# api: torch.nn.LayerNorm
import torch
import torch.nn as nn
ln = nn.LayerNorm(4, bias=False)
with torch.no_grad():
    ln.weight.copy_(torch.tensor([1.0, 2.0, 3.0, 4.0]))
out = ln(torch.tensor([[1.0, 2.0, 4.0, 8.0]]))
bias_none = ln.bias is None
keys = sorted(ln.state_dict().keys())
