# api: torch.nn.Module
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
    def size(self):
        return sum(p.numel() for p in self.parameters())
    def float(self):
        return "custom"
    def forward(self, x):
        return self.fc(x)
net = Net()
n = net.size()
f = net.float()
