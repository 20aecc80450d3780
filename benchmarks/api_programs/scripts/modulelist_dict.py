# api: torch.nn.ModuleList
import torch
import torch.nn as nn
class Heads(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
        self.heads = nn.ModuleDict({"a": nn.Linear(2, 1), "b": nn.Linear(2, 3)})
    def forward(self, x):
        for l in self.layers:
            x = torch.relu(l(x))
        return {k: h(x) for k, h in self.heads.items()}
m = Heads()
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
out = m(torch.ones(4, 2))
shapes = {k: v.shape for k, v in out.items()}
n_params = len(list(m.parameters()))
