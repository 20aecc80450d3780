# api: torch.nn.utils.parametrizations.weight_norm
import torch
import torch.nn as nn
lin = nn.Linear(2, 2, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[3.0, 4.0], [0.0, 2.0]]))
wn = nn.utils.parametrizations.weight_norm(lin)
g = wn.parametrizations.weight.original0.detach()
out = wn(torch.tensor([[1.0, 2.0]]))
