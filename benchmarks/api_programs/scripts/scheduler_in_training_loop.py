# api: torch.optim.lr_scheduler.StepLR
import torch
import torch.nn as nn
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -0.5]]))
    model.bias.fill_(0.0)
opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.5, weight_decay=0.01)
sched = torch.optim.lr_scheduler.StepLR(opt, 2, gamma=0.5)
x = torch.tensor([[1.0, 2.0], [2.0, 1.0], [0.0, 1.0]])
y = torch.tensor([[1.0], [0.0], [0.5]])
rows = []
for epoch in range(6):
    opt.zero_grad()
    loss = nn.functional.l1_loss(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    rows.append([loss.item(), sched.get_last_lr()[0]])
weight = model.weight.detach().clone()
