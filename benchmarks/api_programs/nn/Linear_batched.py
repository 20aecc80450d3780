# api: torch.nn.Linear
import torch
import torch.nn as nn
lin = nn.Linear(4, 3)
with torch.no_grad():
    lin.weight.fill_(0.5)
    lin.bias.zero_()
x = torch.arange(24, dtype=torch.float32).view(2, 3, 4)
y = lin(x)
w_shape = lin.weight.shape
nobias = nn.Linear(4, 2, bias=False)
has_bias = nobias.bias is None
