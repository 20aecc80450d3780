# api: torch.nn.Module.parameters
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(3, 4)
        self.b = nn.Sequential(nn.Linear(4, 2), nn.LayerNorm(2))
        self.scale = nn.Parameter(torch.ones(1))
net = Net()
total = sum(p.numel() for p in net.parameters())
top_only = [n for n, _ in net.named_parameters(recurse=False)]
first = next(net.parameters()).shape
n_mods = len(list(net.modules()))
