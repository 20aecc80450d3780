# api: torch.nn.Module.load_state_dict
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
sd = {k: torch.full_like(v, 0.5) for k, v in m.state_dict().items() if not k.startswith("head")}
sd["extra.weight"] = torch.zeros(1)
res = m.load_state_dict(sd, strict=False)
missing = sorted(res.missing_keys)
unexpected = list(res.unexpected_keys)
conv_w = m.conv.weight.detach().clone()
