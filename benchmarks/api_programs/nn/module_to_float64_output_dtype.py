# api: torch.nn.Module.to
import torch
import torch.nn as nn
m = nn.Linear(2, 2).to(torch.float64)
with torch.no_grad():
    m.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    m.bias.zero_()
out = m(torch.tensor([[0.5, 0.25]], dtype=torch.float64))
dtype = out.dtype
