# api: torch.nn.GELU
import torch
import torch.nn as nn
g = nn.GELU()
g_tanh = nn.GELU(approximate='tanh')
x = torch.tensor([-1.0, 0.0, 1.5])
y = g(x)
y_tanh = g_tanh(x)
