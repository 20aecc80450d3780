# api: torch.nn.LeakyReLU
import torch
import torch.nn as nn
x = torch.linspace(-3, 3, 9)
leaky = nn.LeakyReLU(negative_slope=0.2)(x)
elu = nn.ELU(alpha=0.5)(x)
hardtanh = nn.Hardtanh(min_val=-2.0, max_val=1.0)(x)
softplus = nn.Softplus(beta=2.0, threshold=3.0)(x)
gelu_tanh = nn.GELU(approximate="tanh")(x)
thresh = nn.Threshold(0.5, -1.0)(x)
celu = nn.CELU(alpha=2.0)(x)
prelu_mod = nn.PReLU(num_parameters=1, init=0.1)
prelu = prelu_mod(x)
prelu_w = prelu_mod.weight.detach()
