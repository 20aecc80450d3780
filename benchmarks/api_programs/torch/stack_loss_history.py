# api: torch.stack
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Linear(3, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -0.2, 0.1]]))
    model.bias.fill_(0.05)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
X = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0], [0.0, 1.0, -1.0]])
Y = torch.tensor([[1.0], [0.0], [0.5]])
losses, accs = [], []
for step in range(3):
    opt.zero_grad()
    out = model(X)
    loss = nn.functional.mse_loss(out, Y)
    loss.backward()
    opt.step()
    losses.append(loss.detach())
    accs.append(((out > 0.5).float() == Y).float().mean())
history = torch.stack(losses)
mean_loss = torch.stack(losses).mean().item()
as_tensor = torch.tensor(losses)
acc_hist = torch.stack(accs)
cat_hist = torch.cat([l.unsqueeze(0) for l in losses])
best = int(torch.argmin(history))
