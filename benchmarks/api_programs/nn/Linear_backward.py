# api: torch.nn.Linear
import torch
import torch.nn as nn
lin = nn.Linear(3, 1)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, -2.0, 0.5]]))
    lin.bias.fill_(0.25)
x = torch.tensor([[1.0, 2.0, 3.0], [0.0, 1.0, -1.0]])
loss = lin(x).pow(2).sum()
loss.backward()
grad_w = lin.weight.grad
grad_b = lin.bias.grad
loss_value = loss.item()
