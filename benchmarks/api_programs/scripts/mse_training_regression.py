# api: torch.nn.MSELoss
import torch
import torch.nn as nn
x = torch.linspace(-1, 1, 8).unsqueeze(1)
y = 3 * x + 0.5
model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.zero_(); model.bias.zero_()
crit = nn.MSELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.3)
for epoch in range(20):
    pred = model(x)
    loss = crit(pred, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
w = model.weight.item()
b = model.bias.item()
final_loss = loss.item()
