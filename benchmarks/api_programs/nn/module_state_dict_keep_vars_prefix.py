# api: torch.nn.Module.state_dict
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 1))
with torch.no_grad():
    m[0].weight.copy_(torch.tensor([[0.5, -1.0]]))
    m[0].bias.fill_(0.25)
sd = m.state_dict(prefix="model.")
keys = list(sd.keys())
kv = m.state_dict(keep_vars=True)
req = kv["0.weight"].requires_grad
