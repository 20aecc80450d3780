# api: torch.nn.utils.remove_weight_norm
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    lin.bias.zero_()
nn.utils.weight_norm(lin)
with torch.no_grad():
    lin.weight_g.fill_(1.0)
lin(torch.ones(1, 2))
nn.utils.remove_weight_norm(lin)
names = sorted(n for n, _ in lin.named_parameters())
w = lin.weight.detach()
