# api: torch.utils.data.DataLoader
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
x = torch.linspace(-1, 1, 20).view(10, 2)
y = (x[:, 0] > x[:, 1]).long()
loader = DataLoader(TensorDataset(x, y), batch_size=4)
model = nn.Linear(2, 2)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.2, -0.1], [-0.3, 0.4]]))
    model.bias.zero_()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
crit = nn.CrossEntropyLoss()
epoch_losses = []
for epoch in range(3):
    total, count = 0.0, 0
    for xb, yb in loader:
        opt.zero_grad()
        loss = crit(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * xb.size(0)
        count += xb.size(0)
    epoch_losses.append(total / count)
