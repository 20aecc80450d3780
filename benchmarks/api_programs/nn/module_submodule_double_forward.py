# api: torch.nn.Module.double
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(2, 2)
        self.b = nn.Linear(2, 1)
    def forward(self, x):
        return self.b(self.a(x).float())
net = Net()
with torch.no_grad():
    for p in net.parameters():
        p.fill_(0.25)
net.a.double()
out = net(torch.tensor([[1.0, 2.0]], dtype=torch.float64))
dtypes = [str(p.dtype) for p in net.parameters()]
