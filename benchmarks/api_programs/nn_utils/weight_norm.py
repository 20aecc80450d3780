# api: torch.nn.utils.weight_norm
import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0, 2.0], [0.0, -3.0, 4.0]]))
    lin.bias.copy_(torch.tensor([0.5, -0.5]))
lin = nn.utils.weight_norm(lin, name='weight')
g = lin.weight_g.detach()
v = lin.weight_v.detach()
y = lin(torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.5]])).detach()
conv = nn.utils.weight_norm(nn.Conv1d(2, 4, 3), dim=None)
g_scalar_shape = conv.weight_g.shape
