# api: torch.nn.Module.requires_grad_
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.bn = nn.BatchNorm2d(2)
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(8, 3), nn.ReLU(), nn.Linear(3, 2, bias=False))
        self.register_buffer("step", torch.zeros(1))
        self.register_buffer("cache", torch.ones(2), persistent=False)
        self.scale = nn.Parameter(torch.tensor(2.0))
    def forward(self, x):
        return self.head(self.bn(self.conv(x))) * self.scale
m = Net()
m.conv.requires_grad_(False)
flags = [(n, p.requires_grad) for n, p in m.named_parameters()]
m.requires_grad_()
all_on = all(p.requires_grad for p in m.parameters())
