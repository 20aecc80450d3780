# api: torch.nn.DataParallel
import torch
import torch.nn as nn
linear = nn.Linear(3, 2)
with torch.no_grad():
    linear.weight.copy_(torch.tensor([[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]]))
    linear.bias.fill_(0.1)
model = nn.DataParallel(linear)
x = torch.tensor([[1.0, 2.0, 3.0], [0.0, -1.0, 4.0]])
y = model(x)
inner_weight = model.module.weight.detach()
