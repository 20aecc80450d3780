# api: torch.nn.Module
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.fc2 = nn.Linear(8, 3)
    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))
model = MLP()
with torch.no_grad():
    for p in model.parameters():
        p.copy_(torch.linspace(-0.5, 0.5, p.numel()).view_as(p))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.linspace(-1, 1, 24).view(6, 4)
y = torch.tensor([0, 1, 2, 0, 1, 2])
losses = []
for _ in range(5):
    opt.zero_grad()
    out = model(x)
    loss = F.cross_entropy(out, y)
    loss.backward()
    opt.step()
    losses.append(loss.item())
pred = model(x).argmax(dim=1)
acc = (pred == y).float().mean().item()
correct = (pred == y).sum().item()
