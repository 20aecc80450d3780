# api: torch.nn.Module.state_dict
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 2, 3, bias=False), nn.BatchNorm2d(2))
        self.classifier = nn.Linear(2, 3)
net = Net()
_sd = net.state_dict()
keys = list(_sd.keys())
shapes = [tuple(v.shape) for v in _sd.values()]
net2 = Net()
for p in net2.parameters():
    nn.init.zeros_(p)
res = net2.load_state_dict(_sd)
ok = torch.equal(net2.classifier.weight, net.classifier.weight)
