# api: torch.nn.Conv2d
import torch
import torch.nn as nn
import torch.nn.functional as F
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, padding=1)
        self.fc = nn.Linear(2 * 2 * 2, 3)
    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv(x)), 2)
        x = x.view(x.size(0), -1)
        return F.log_softmax(self.fc(x), dim=1)
net = Net()
with torch.no_grad():
    for _i, _p in enumerate(net.parameters()):
        _p.copy_(torch.linspace(-0.4, 0.4, _p.numel()).view_as(_p) * (1 + _i))
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
x = torch.linspace(-1, 1, 2 * 16).view(2, 1, 4, 4)
y = torch.tensor([0, 2])
for _ in range(3):
    opt.zero_grad()
    loss = F.nll_loss(net(x), y)
    loss.backward()
    opt.step()
out = net(x).detach()
pred = out.argmax(dim=1, keepdim=True)
correct = pred.eq(y.view_as(pred)).sum().item()
