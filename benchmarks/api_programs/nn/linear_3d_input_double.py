# api: torch.nn.Linear
import torch
import torch.nn as nn
fc = nn.Linear(4, 3).double()
with torch.no_grad():
    fc.weight.copy_(torch.arange(12, dtype=torch.float64).reshape(3, 4) / 10)
    fc.bias.copy_(torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64))
x = torch.ones(2, 5, 4, dtype=torch.float64)
out = fc(x)
dtype = fc.weight.dtype
