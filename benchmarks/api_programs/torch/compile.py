# api: torch.compile
import torch
import torch.nn as nn
model = nn.Linear(3, 2)
with torch.no_grad():
    model.weight.copy_(torch.arange(6.).reshape(2, 3) / 10)
    model.bias.fill_(0.5)
compiled = torch.compile(model)
x = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]])
with torch.no_grad():
    out = compiled(x)
