# api: torch.nn.ModuleList
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(3, 3) for _ in range(2)])
        self.heads = nn.ModuleDict({"a": nn.Linear(3, 1), "b": nn.Linear(3, 2)})
        for p in self.parameters():
            nn.init.constant_(p, 0.1)
    def forward(self, x):
        for layer in self.layers:
            x = torch.relu(layer(x))
        return {k: h(x) for k, h in self.heads.items()}
net = Net()
out = net(torch.ones(2, 3))
a = out["a"]
b = out["b"]
names = [n for n, _ in net.named_parameters()]
n_children = len(list(net.children()))
