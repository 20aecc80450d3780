# api: torch.nn.Module.state_dict
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
with torch.no_grad():
    m.weight.fill_(1.0)
    m.bias.fill_(0.0)
sd = m.state_dict()
sd["weight"].mul_(3.0)
w = m.weight.detach().clone()
out = m(torch.tensor([[1.0, 2.0]]))
