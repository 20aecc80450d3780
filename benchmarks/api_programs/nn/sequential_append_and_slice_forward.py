# api: torch.nn.Sequential
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 4), nn.ReLU())
m.append(nn.Linear(4, 1))
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
out = m(torch.tensor([[1.0, 2.0]]))
partial = m[:2](torch.tensor([[1.0, 2.0]]))
n = len(m)
