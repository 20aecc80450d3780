# api: torch.nn.ModuleList
import torch
import torch.nn as nn
layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(2)])
layers.extend([nn.Linear(2, 2), nn.Linear(2, 2)])
layers.insert(0, nn.Identity())
layers.append(nn.ReLU())
count = len(layers)
names = [n for n, _ in layers.named_parameters()]
kinds = [type(m).__name__ for m in layers[1:3]]
for m in layers:
    if isinstance(m, nn.Linear):
        nn.init.eye_(m.weight)
        nn.init.zeros_(m.bias)
x = torch.tensor([[1.0, -2.0]])
for m in layers:
    x = m(x)
result = x
