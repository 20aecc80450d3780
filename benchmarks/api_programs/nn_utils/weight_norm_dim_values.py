# api: torch.nn.utils.weight_norm
import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[3.0, 4.0, 0.0], [1.0, 2.0, 2.0]]))
    lin.bias.zero_()
wn = nn.utils.weight_norm(lin, name="weight", dim=0)
g = wn.weight_g.detach().clone()
v = wn.weight_v.detach().clone()
names = sorted(n for n, _ in wn.named_parameters())
with torch.no_grad():
    wn.weight_g.mul_(2)
out = wn(torch.tensor([[1.0, 1.0, 1.0]]))
