# api: torch.nn.utils.remove_weight_norm
import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0, 2.0], [0.0, -3.0, 4.0]]))
    lin.bias.copy_(torch.tensor([0.5, -0.5]))
lin = nn.utils.weight_norm(lin)
with torch.no_grad():
    lin.weight_g.mul_(2.0)
lin = nn.utils.remove_weight_norm(lin)
has_g = hasattr(lin, 'weight_g')
weight = lin.weight.detach()
y = lin(torch.tensor([[1.0, 0.0, -1.0]])).detach()
