# api: torch.nn.Module.apply
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
seen = []
def init(mod):
    seen.append(type(mod).__name__)
    if isinstance(mod, nn.Linear):
        nn.init.constant_(mod.weight, 0.25)
        if mod.bias is not None:
            nn.init.zeros_(mod.bias)
    elif isinstance(mod, nn.Conv2d):
        nn.init.ones_(mod.weight)
        nn.init.constant_(mod.bias, -1.0)
ret = m.apply(init)
same_obj = ret is m
m.eval()
out = m(torch.arange(16.).reshape(1, 1, 4, 4) / 16)
