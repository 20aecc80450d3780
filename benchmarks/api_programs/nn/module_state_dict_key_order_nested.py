# api: torch.nn.Module.state_dict
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
        self.scale = nn.Parameter(torch.tensor([2.0]))
    def forward(self, x):
        return self.head(self.bn(self.conv(x))) * self.scale
m = Net()
keys = list(m.state_dict().keys())
shapes = [tuple(v.shape) for v in m.state_dict().values() if v.dim() > 0]
dims = [v.dim() for v in m.state_dict().values()]
