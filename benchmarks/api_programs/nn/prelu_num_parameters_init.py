# api: torch.nn.PReLU
import torch
import torch.nn as nn
m = nn.PReLU(num_parameters=3, init=0.1)
x = torch.tensor([[-1.0, -2.0, 3.0], [4.0, -5.0, -0.5]])
out = m(x)
w = m.weight.detach().clone()
