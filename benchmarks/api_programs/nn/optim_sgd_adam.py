# api: torch.optim.SGD
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -0.5]]))
    model.bias.fill_(0.1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-4)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
y = torch.tensor([[1.0], [0.0]])
for _ in range(3):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
w_sgd = model.weight.detach().clone()
b_sgd = model.bias.detach().clone()
opt2 = torch.optim.Adam(model.parameters(), lr=0.01, betas=(0.9, 0.99))
for _ in range(3):
    opt2.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt2.step()
w_adam = model.weight.detach().clone()
lr = opt2.param_groups[0]["lr"]
opt3 = torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt3, step_size=1, gamma=0.5)
lrs = []
for _ in range(3):
    opt3.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt3.step()
    sched.step()
    lrs.append(sched.get_last_lr()[0])
w_adamw = model.weight.detach().clone()
