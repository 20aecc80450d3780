# api: torch.nn.Sequential
import torch
import torch.nn as nn
inner = nn.Sequential(nn.Linear(2, 2), nn.Tanh())
outer = nn.Sequential(inner, nn.Linear(2, 1))
for p in outer.parameters():
    nn.init.constant_(p, 0.4)
out = outer(torch.tensor([[1.0, -1.0]]))
nested = type(outer[0][1]).__name__
n = len(outer[0])
rev = [type(m).__name__ for m in reversed(list(outer.children()))]
sliced_out = outer[:1](torch.tensor([[1.0, -1.0]]))
