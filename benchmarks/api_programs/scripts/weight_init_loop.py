# api: torch.nn.init.constant_
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
for layer in m.modules():
    if isinstance(layer, nn.Linear):
        nn.init.constant_(layer.weight, 0.5)
        if layer.bias is not None:
            nn.init.zeros_(layer.bias)
def init_fn(mod):
    if type(mod) == nn.Linear:
        mod.weight.data.fill_(0.25)
m.apply(init_fn)
out = m(torch.ones(1, 2))
n_linear = sum(1 for l in m.modules() if isinstance(l, nn.Linear))
