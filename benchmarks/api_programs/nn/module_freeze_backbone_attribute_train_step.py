# api: torch.nn.Module.requires_grad_
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
        self.head = nn.Linear(3, 1)
    def forward(self, x):
        return self.head(self.backbone(x))
net = Net()
with torch.no_grad():
    for i, p in enumerate(net.parameters()):
        p.copy_(torch.linspace(-0.5, 0.5, p.numel()).view_as(p) + i * 0.1)
net.backbone.requires_grad_(False)
trainable = [n for n, p in net.named_parameters() if p.requires_grad]
opt = torch.optim.SGD([p for p in net.parameters() if p.requires_grad], lr=0.5)
loss = net(torch.tensor([[1.0, -1.0], [0.5, 2.0]])).pow(2).mean()
loss.backward()
opt.step()
backbone_w = net.backbone[0].weight.detach().clone()
head_w = net.head.weight.detach().clone()
backbone_grad_none = net.backbone[0].weight.grad is None
